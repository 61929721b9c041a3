	.text
	.file	"12_ringbuf.c"
	.file	0 "/src" "12_ringbuf.c" md5 0x28106791133ef7bf1b133c88143355ee
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	"raw_tracepoint/sched_switch","ax",@progbits
	.globl	emit                            # -- Begin function emit
	.p2align	3
	.type	emit,@function
emit:                                   # @emit
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 5 22 prologue_end             # 12_ringbuf.c:5:22
.Ltmp0:
	call 5
.Ltmp1:
	.loc	0 5 20 is_stmt 0                # 12_ringbuf.c:5:20
.Ltmp2:
	*(u64 *)(r10 - 16) = r0
	.loc	0 5 42                          # 12_ringbuf.c:5:42
.Ltmp3:
	call 14
.Ltmp4:
	.loc	0 5 69                          # 12_ringbuf.c:5:69
.Ltmp5:
	r0 >>= 32
	.loc	0 5 20                          # 12_ringbuf.c:5:20
.Ltmp6:
	*(u32 *)(r10 - 8) = w0
	.loc	0 5 76                          # 12_ringbuf.c:5:76
.Ltmp7:
	call 8
.Ltmp8:
	.loc	0 5 20                          # 12_ringbuf.c:5:20
.Ltmp9:
	*(u32 *)(r10 - 4) = w0
	r2 = r10
	r2 += -16
	.loc	0 6 3 is_stmt 1                 # 12_ringbuf.c:6:3
.Ltmp10:
	r1 = events ll
	r3 = 16
	r4 = 0
	call 130
.Ltmp11:
	.loc	0 7 3                           # 12_ringbuf.c:7:3
.Ltmp12:
	w0 = 0
	exit
.Ltmp13:
.Ltmp14:
.Lfunc_end0:
	.size	emit, .Lfunc_end0-emit
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	events,@object                  # @events
	.section	.maps,"aw",@progbits
	.globl	events
	.p2align	3, 0x0
events:
	.zero	16
	.size	events, 16

	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x139 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3e:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x42:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x4d:0x17 DW_TAG_structure_type
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x51:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	100                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x5a:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x64:0x5 DW_TAG_pointer_type
	.long	105                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x69:0xc DW_TAG_array_type
	.long	117                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x6e:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	27                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x75:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x79:0x5 DW_TAG_pointer_type
	.long	126                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x7e:0xd DW_TAG_array_type
	.long	117                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x83:0x7 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.short	4096                            # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x8b:0x9 DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	148                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	5                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x94:0x5 DW_TAG_pointer_type
	.long	153                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x99:0x5 DW_TAG_subroutine_type
	.long	158                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x9e:0x8 DW_TAG_typedef
	.long	166                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xa6:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xaa:0x9 DW_TAG_variable
	.byte	13                              # DW_AT_name
	.long	148                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	14                              # DW_AT_const_value
	.byte	11                              # Abbrev [11] 0xb3:0x9 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	188                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	8                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xbc:0x5 DW_TAG_pointer_type
	.long	193                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xc1:0x5 DW_TAG_subroutine_type
	.long	198                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xc6:0x8 DW_TAG_typedef
	.long	206                             # DW_AT_type
	.byte	16                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xce:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xd2:0xa DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	220                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.ascii	"\202\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xdc:0x5 DW_TAG_pointer_type
	.long	225                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xe1:0x1a DW_TAG_subroutine_type
	.long	251                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	15                              # Abbrev [15] 0xe6:0x5 DW_TAG_formal_parameter
	.long	255                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xeb:0x5 DW_TAG_formal_parameter
	.long	255                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xf0:0x5 DW_TAG_formal_parameter
	.long	158                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xf5:0x5 DW_TAG_formal_parameter
	.long	158                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xfb:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	16                              # Abbrev [16] 0xff:0x1 DW_TAG_pointer_type
	.byte	17                              # Abbrev [17] 0x100:0x23 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	117                             # DW_AT_type
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0x10f:0x8 DW_TAG_formal_parameter
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	255                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x117:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	291                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x123:0x21 DW_TAG_structure_type
	.byte	24                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x128:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	158                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x131:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	198                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x13a:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	198                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	108                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"12_ringbuf.c"                  # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=53
.Linfo_string3:
	.asciz	"_license"                      # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"events"                        # string offset=92
.Linfo_string7:
	.asciz	"type"                          # string offset=99
.Linfo_string8:
	.asciz	"int"                           # string offset=104
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=108
.Linfo_string10:
	.asciz	"bpf_ktime_get_ns"              # string offset=120
.Linfo_string11:
	.asciz	"unsigned long long"            # string offset=137
.Linfo_string12:
	.asciz	"__u64"                         # string offset=156
.Linfo_string13:
	.asciz	"bpf_get_current_pid_tgid"      # string offset=162
.Linfo_string14:
	.asciz	"bpf_get_smp_processor_id"      # string offset=187
.Linfo_string15:
	.asciz	"unsigned int"                  # string offset=212
.Linfo_string16:
	.asciz	"__u32"                         # string offset=225
.Linfo_string17:
	.asciz	"bpf_ringbuf_output"            # string offset=231
.Linfo_string18:
	.asciz	"long"                          # string offset=250
.Linfo_string19:
	.asciz	"emit"                          # string offset=255
.Linfo_string20:
	.asciz	"e"                             # string offset=260
.Linfo_string21:
	.asciz	"ts"                            # string offset=262
.Linfo_string22:
	.asciz	"pid"                           # string offset=265
.Linfo_string23:
	.asciz	"cpu"                           # string offset=269
.Linfo_string24:
	.asciz	"event"                         # string offset=273
.Linfo_string25:
	.asciz	"ctx"                           # string offset=279
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	events
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	304
	.long	304
	.long	132
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	3
	.long	1                               # BTF_KIND_INT(id = 2)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	0                               # BTF_KIND_ARRAY(id = 3)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	27
	.long	5                               # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 5)
	.long	33554432                        # 0x2000000
	.long	6
	.long	0                               # BTF_KIND_ARRAY(id = 6)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	4096
	.long	0                               # BTF_KIND_STRUCT(id = 7)
	.long	67108866                        # 0x4000002
	.long	16
	.long	25
	.long	1
	.long	0                               # 0x0
	.long	30
	.long	5
	.long	64                              # 0x40
	.long	42                              # BTF_KIND_VAR(id = 8)
	.long	234881024                       # 0xe000000
	.long	7
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 9)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 10)
	.long	218103809                       # 0xd000001
	.long	2
	.long	49
	.long	9
	.long	53                              # BTF_KIND_FUNC(id = 11)
	.long	201326593                       # 0xc000001
	.long	10
	.long	104                             # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 13)
	.long	50331648                        # 0x3000000
	.long	0
	.long	12
	.long	4
	.long	4
	.long	109                             # BTF_KIND_VAR(id = 14)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	118                             # BTF_KIND_DATASEC(id = 15)
	.long	251658241                       # 0xf000001
	.long	0
	.long	8
	.long	events
	.long	16
	.long	124                             # BTF_KIND_DATASEC(id = 16)
	.long	251658241                       # 0xf000001
	.long	0
	.long	14
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"type"                          # string offset=25
	.byte	0
	.ascii	"max_entries"                   # string offset=30
	.byte	0
	.ascii	"events"                        # string offset=42
	.byte	0
	.ascii	"ctx"                           # string offset=49
	.byte	0
	.ascii	"emit"                          # string offset=53
	.byte	0
	.ascii	"raw_tracepoint/sched_switch"   # string offset=58
	.byte	0
	.ascii	"/src/12_ringbuf.c"             # string offset=86
	.byte	0
	.ascii	"char"                          # string offset=104
	.byte	0
	.ascii	"_license"                      # string offset=109
	.byte	0
	.ascii	".maps"                         # string offset=118
	.byte	0
	.ascii	"license"                       # string offset=124
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	156
	.long	176
	.long	0
	.long	8                               # FuncInfo
	.long	58                              # FuncInfo section string offset=58
	.long	1
	.long	.Lfunc_begin0
	.long	11
	.long	16                              # LineInfo
	.long	58                              # LineInfo section string offset=58
	.long	9
	.long	.Ltmp0
	.long	86
	.long	0
	.long	5142                            # Line 5 Col 22
	.long	.Ltmp2
	.long	86
	.long	0
	.long	5140                            # Line 5 Col 20
	.long	.Ltmp3
	.long	86
	.long	0
	.long	5162                            # Line 5 Col 42
	.long	.Ltmp5
	.long	86
	.long	0
	.long	5189                            # Line 5 Col 69
	.long	.Ltmp6
	.long	86
	.long	0
	.long	5140                            # Line 5 Col 20
	.long	.Ltmp7
	.long	86
	.long	0
	.long	5196                            # Line 5 Col 76
	.long	.Ltmp9
	.long	86
	.long	0
	.long	5140                            # Line 5 Col 20
	.long	.Ltmp10
	.long	86
	.long	0
	.long	6147                            # Line 6 Col 3
	.long	.Ltmp12
	.long	86
	.long	0
	.long	7171                            # Line 7 Col 3
	.addrsig
	.addrsig_sym emit
	.addrsig_sym _license
	.addrsig_sym events
	.section	.debug_line,"",@progbits
.Lline_table_start0:
