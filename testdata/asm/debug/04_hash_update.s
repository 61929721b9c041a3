	.text
	.file	"04_hash_update.c"
	.file	0 "/src" "04_hash_update.c" md5 0x6263842adf39ba852bfc6e4190131581
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	"kprobe/sys_open","ax",@progbits
	.globl	on_open                         # -- Begin function on_open
	.p2align	3
	.type	on_open,@function
on_open:                                # @on_open
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 4 15 prologue_end             # 04_hash_update.c:4:15
.Ltmp0:
	call 14
.Ltmp1:
	.loc	0 4 9 is_stmt 0                 # 04_hash_update.c:4:9
.Ltmp2:
	*(u64 *)(r10 - 8) = r0
	.loc	0 5 15 is_stmt 1                # 04_hash_update.c:5:15
.Ltmp3:
	call 5
.Ltmp4:
	r6 = r0
	.loc	0 5 9 is_stmt 0                 # 04_hash_update.c:5:9
.Ltmp5:
	*(u64 *)(r10 - 16) = r6
	r2 = r10
	r2 += -8
	.loc	0 6 16 is_stmt 1                # 04_hash_update.c:6:16
.Ltmp6:
	r1 = seen ll
	call 1
.Ltmp7:
.Ltmp8:
	#DEBUG_VALUE: on_open:old <- $r0
	.loc	0 7 11                          # 04_hash_update.c:7:11
.Ltmp9:
	if r0 == 0 goto LBB0_2
.Ltmp10:
.Ltmp11:
# %bb.1:
	#DEBUG_VALUE: on_open:old <- $r0
	.loc	0 7 20 is_stmt 0                # 04_hash_update.c:7:20
.Ltmp12:
	r1 = *(u64 *)(r0 + 0)
	.loc	0 7 18                          # 04_hash_update.c:7:18
.Ltmp13:
	r6 -= r1
.Ltmp14:
.Ltmp15:
	.loc	0 7 7                           # 04_hash_update.c:7:7
.Ltmp16:
	if r6 < 1000000 goto LBB0_3
.Ltmp17:
.Ltmp18:
LBB0_2:
	#DEBUG_VALUE: on_open:old <- $r0
	.loc	0 0 7                           # 04_hash_update.c:0:7
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	.loc	0 8 3 is_stmt 1                 # 04_hash_update.c:8:3
.Ltmp19:
	r1 = seen ll
	r4 = 0
	call 2
.Ltmp20:
.Ltmp21:
LBB0_3:
	.loc	0 10 1                          # 04_hash_update.c:10:1
.Ltmp22:
	w0 = 0
	exit
.Ltmp23:
.Ltmp24:
.Lfunc_end0:
	.size	on_open, .Lfunc_end0-on_open
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	seen,@object                    # @seen
	.section	.maps,"aw",@progbits
	.globl	seen
	.p2align	3, 0x0
seen:
	.zero	32
	.size	seen, 32

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp20-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
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
	.ascii	"\214\001"                      # DW_AT_loclists_base
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
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
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
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x14b DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x37:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3e:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x42:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x46:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x51:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x55:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	122                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x5e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	143                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x67:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	161                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x70:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	161                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x7a:0x5 DW_TAG_pointer_type
	.long	127                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x7f:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x84:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	1                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x8b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x8f:0x5 DW_TAG_pointer_type
	.long	148                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x94:0xd DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x99:0x7 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.short	1024                            # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa1:0x5 DW_TAG_pointer_type
	.long	166                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xa6:0x8 DW_TAG_typedef
	.long	174                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xae:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0xb2:0x9 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	187                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	14                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xbb:0x5 DW_TAG_pointer_type
	.long	192                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xc0:0x5 DW_TAG_subroutine_type
	.long	166                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	12                              # Abbrev [12] 0xc5:0x9 DW_TAG_variable
	.byte	15                              # DW_AT_name
	.long	187                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	5                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0xce:0x9 DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	215                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xd7:0x5 DW_TAG_pointer_type
	.long	220                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xdc:0x10 DW_TAG_subroutine_type
	.long	236                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	15                              # Abbrev [15] 0xe1:0x5 DW_TAG_formal_parameter
	.long	236                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xe6:0x5 DW_TAG_formal_parameter
	.long	237                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0xec:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xed:0x5 DW_TAG_pointer_type
	.long	242                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xf2:0x1 DW_TAG_const_type
	.byte	12                              # Abbrev [12] 0xf3:0x9 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	252                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	2                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xfc:0x5 DW_TAG_pointer_type
	.long	257                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x101:0x1a DW_TAG_subroutine_type
	.long	283                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	15                              # Abbrev [15] 0x106:0x5 DW_TAG_formal_parameter
	.long	236                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x10b:0x5 DW_TAG_formal_parameter
	.long	237                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x110:0x5 DW_TAG_formal_parameter
	.long	237                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x115:0x5 DW_TAG_formal_parameter
	.long	166                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x11b:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	18                              # Abbrev [18] 0x11f:0x37 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x12e:0x8 DW_TAG_formal_parameter
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	236                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x136:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	8
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	166                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x141:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	166                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x14c:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	161                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	100                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"04_hash_update.c"              # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=57
.Linfo_string3:
	.asciz	"_license"                      # string offset=62
.Linfo_string4:
	.asciz	"char"                          # string offset=71
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=76
.Linfo_string6:
	.asciz	"seen"                          # string offset=96
.Linfo_string7:
	.asciz	"type"                          # string offset=101
.Linfo_string8:
	.asciz	"int"                           # string offset=106
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=110
.Linfo_string10:
	.asciz	"key"                           # string offset=122
.Linfo_string11:
	.asciz	"unsigned long long"            # string offset=126
.Linfo_string12:
	.asciz	"__u64"                         # string offset=145
.Linfo_string13:
	.asciz	"value"                         # string offset=151
.Linfo_string14:
	.asciz	"bpf_get_current_pid_tgid"      # string offset=157
.Linfo_string15:
	.asciz	"bpf_ktime_get_ns"              # string offset=182
.Linfo_string16:
	.asciz	"bpf_map_lookup_elem"           # string offset=199
.Linfo_string17:
	.asciz	"bpf_map_update_elem"           # string offset=219
.Linfo_string18:
	.asciz	"long"                          # string offset=239
.Linfo_string19:
	.asciz	"on_open"                       # string offset=244
.Linfo_string20:
	.asciz	"pid"                           # string offset=252
.Linfo_string21:
	.asciz	"now"                           # string offset=256
.Linfo_string22:
	.asciz	"old"                           # string offset=260
.Linfo_string23:
	.asciz	"ctx"                           # string offset=264
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	seen
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	368
	.long	368
	.long	160
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
	.long	1
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
	.long	1024
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	31                              # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 10)
	.long	67108868                        # 0x4000004
	.long	32
	.long	50
	.long	1
	.long	0                               # 0x0
	.long	55
	.long	5
	.long	64                              # 0x40
	.long	67
	.long	7
	.long	128                             # 0x80
	.long	71
	.long	7
	.long	192                             # 0xc0
	.long	77                              # BTF_KIND_VAR(id = 11)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 12)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 13)
	.long	218103809                       # 0xd000001
	.long	2
	.long	82
	.long	12
	.long	86                              # BTF_KIND_FUNC(id = 14)
	.long	201326593                       # 0xc000001
	.long	13
	.long	132                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	15
	.long	4
	.long	4
	.long	137                             # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	16
	.long	1
	.long	146                             # BTF_KIND_DATASEC(id = 18)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	seen
	.long	32
	.long	152                             # BTF_KIND_DATASEC(id = 19)
	.long	251658241                       # 0xf000001
	.long	0
	.long	17
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u64"                         # string offset=25
	.byte	0
	.ascii	"unsigned long long"            # string offset=31
	.byte	0
	.ascii	"type"                          # string offset=50
	.byte	0
	.ascii	"max_entries"                   # string offset=55
	.byte	0
	.ascii	"key"                           # string offset=67
	.byte	0
	.ascii	"value"                         # string offset=71
	.byte	0
	.ascii	"seen"                          # string offset=77
	.byte	0
	.ascii	"ctx"                           # string offset=82
	.byte	0
	.ascii	"on_open"                       # string offset=86
	.byte	0
	.ascii	"kprobe/sys_open"               # string offset=94
	.byte	0
	.ascii	"/src/04_hash_update.c"         # string offset=110
	.byte	0
	.ascii	"char"                          # string offset=132
	.byte	0
	.ascii	"_license"                      # string offset=137
	.byte	0
	.ascii	".maps"                         # string offset=146
	.byte	0
	.ascii	"license"                       # string offset=152
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	188
	.long	208
	.long	0
	.long	8                               # FuncInfo
	.long	94                              # FuncInfo section string offset=94
	.long	1
	.long	.Lfunc_begin0
	.long	14
	.long	16                              # LineInfo
	.long	94                              # LineInfo section string offset=94
	.long	11
	.long	.Ltmp0
	.long	110
	.long	0
	.long	4111                            # Line 4 Col 15
	.long	.Ltmp2
	.long	110
	.long	0
	.long	4105                            # Line 4 Col 9
	.long	.Ltmp3
	.long	110
	.long	0
	.long	5135                            # Line 5 Col 15
	.long	.Ltmp5
	.long	110
	.long	0
	.long	5129                            # Line 5 Col 9
	.long	.Ltmp6
	.long	110
	.long	0
	.long	6160                            # Line 6 Col 16
	.long	.Ltmp9
	.long	110
	.long	0
	.long	7179                            # Line 7 Col 11
	.long	.Ltmp12
	.long	110
	.long	0
	.long	7188                            # Line 7 Col 20
	.long	.Ltmp13
	.long	110
	.long	0
	.long	7186                            # Line 7 Col 18
	.long	.Ltmp16
	.long	110
	.long	0
	.long	7175                            # Line 7 Col 7
	.long	.Ltmp19
	.long	110
	.long	0
	.long	8195                            # Line 8 Col 3
	.long	.Ltmp22
	.long	110
	.long	0
	.long	10241                           # Line 10 Col 1
	.addrsig
	.addrsig_sym on_open
	.addrsig_sym _license
	.addrsig_sym seen
	.section	.debug_line,"",@progbits
.Lline_table_start0:
