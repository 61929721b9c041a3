	.text
	.file	"18_bpf_loop.c"
	.file	0 "/src" "18_bpf_loop.c" md5 0xa257201bf67d0bfe375f48f9ca38328a
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	looper                          # -- Begin function looper
	.p2align	3
	.type	looper,@function
looper:                                 # @looper
.Lfunc_begin0:
	.loc	0 4 0                           # 18_bpf_loop.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: looper:skb <- $r1
	r2 = 0
.Ltmp0:
	.loc	0 5 18 prologue_end             # 18_bpf_loop.c:5:18
.Ltmp1:
.Ltmp2:
	*(u64 *)(r10 - 16) = r2
	.loc	0 5 28 is_stmt 0                # 18_bpf_loop.c:5:28
.Ltmp3:
	w1 = *(u32 *)(r1 + 0)
.Ltmp4:
.Ltmp5:
	.loc	0 5 18                          # 18_bpf_loop.c:5:18
.Ltmp6:
	*(u32 *)(r10 - 8) = w1
	r3 = r10
	r3 += -16
	.loc	0 6 3 is_stmt 1                 # 18_bpf_loop.c:6:3
.Ltmp7:
	w1 = 1000
	r2 = step ll
	r4 = 0
	call 181
.Ltmp8:
	.loc	0 7 17                          # 18_bpf_loop.c:7:17
.Ltmp9:
	r0 = *(u64 *)(r10 - 16)
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 7 3 is_stmt 0                 # 18_bpf_loop.c:7:3
.Ltmp10:
	exit
.Ltmp11:
.Ltmp12:
.Lfunc_end0:
	.size	looper, .Lfunc_end0-looper
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function step
	.type	step,@function
step:                                   # @step
.Lfunc_begin1:
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: step:i <- $w1
	#DEBUG_VALUE: step:c <- $r2
	.loc	0 3 61 prologue_end is_stmt 1   # 18_bpf_loop.c:3:61
.Ltmp13:
	w3 = *(u32 *)(r2 + 8)
	.loc	0 3 56 is_stmt 0                # 18_bpf_loop.c:3:56
.Ltmp14:
	w3 *= w1
	.loc	0 3 51                          # 18_bpf_loop.c:3:51
.Ltmp15:
	r4 = *(u64 *)(r2 + 0)
	r4 += r3
	*(u64 *)(r2 + 0) = r4
	w0 = 1
	.loc	0 3 73                          # 18_bpf_loop.c:3:73
.Ltmp16:
	if w1 > 100 goto LBB1_2
.Ltmp17:
.Ltmp18:
# %bb.1:
	#DEBUG_VALUE: step:c <- $r2
	#DEBUG_VALUE: step:i <- $w1
	.loc	0 0 73                          # 18_bpf_loop.c:0:73
	w0 = 0
.Ltmp19:
.Ltmp20:
LBB1_2:
	#DEBUG_VALUE: step:c <- $r2
	#DEBUG_VALUE: step:i <- $w1
	.loc	0 3 64                          # 18_bpf_loop.c:3:64
.Ltmp21:
	exit
.Ltmp22:
.Ltmp23:
.Lfunc_end1:
	.size	step, .Lfunc_end1-step
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

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
	.byte	3                               # DW_LLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Ltmp4-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
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
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
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
	.byte	8                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x1a2 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x4e:0xa DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	88                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.ascii	"\265\001"                      # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x58:0x5 DW_TAG_pointer_type
	.long	93                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5d:0x1a DW_TAG_subroutine_type
	.long	119                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0x62:0x5 DW_TAG_formal_parameter
	.long	123                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x67:0x5 DW_TAG_formal_parameter
	.long	135                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6c:0x5 DW_TAG_formal_parameter
	.long	135                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x71:0x5 DW_TAG_formal_parameter
	.long	136                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x77:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x7b:0x8 DW_TAG_typedef
	.long	131                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x83:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x87:0x1 DW_TAG_pointer_type
	.byte	11                              # Abbrev [11] 0x88:0x8 DW_TAG_typedef
	.long	144                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x90:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x94:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x98:0x24 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	148                             # DW_AT_type
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0xa7:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	248                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xb0:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	224                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0xbc:0x24 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	119                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xcb:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	38                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	123                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xd5:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	82
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	424                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xe0:0x18 DW_TAG_structure_type
	.byte	18                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0xe5:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	136                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xee:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xf8:0x5 DW_TAG_pointer_type
	.long	253                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xfd:0x9f DW_TAG_structure_type
	.byte	37                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0x102:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x10b:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x114:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x11d:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x126:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x12f:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x138:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x141:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x14a:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x153:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x15c:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x165:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x16e:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	412                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x177:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x180:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x189:0x9 DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x192:0x9 DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	123                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x19c:0xc DW_TAG_array_type
	.long	123                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x1a1:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x1a8:0x5 DW_TAG_pointer_type
	.long	224                             # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	3                               # DW_RLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	160                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"18_bpf_loop.c"                 # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=54
.Linfo_string3:
	.asciz	"_license"                      # string offset=59
.Linfo_string4:
	.asciz	"char"                          # string offset=68
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=73
.Linfo_string6:
	.asciz	"bpf_loop"                      # string offset=93
.Linfo_string7:
	.asciz	"long"                          # string offset=102
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=107
.Linfo_string9:
	.asciz	"__u32"                         # string offset=120
.Linfo_string10:
	.asciz	"unsigned long long"            # string offset=126
.Linfo_string11:
	.asciz	"__u64"                         # string offset=145
.Linfo_string12:
	.asciz	"int"                           # string offset=151
.Linfo_string13:
	.asciz	"looper"                        # string offset=155
.Linfo_string14:
	.asciz	"step"                          # string offset=162
.Linfo_string15:
	.asciz	"c"                             # string offset=167
.Linfo_string16:
	.asciz	"sum"                           # string offset=169
.Linfo_string17:
	.asciz	"n"                             # string offset=173
.Linfo_string18:
	.asciz	"ctx"                           # string offset=175
.Linfo_string19:
	.asciz	"skb"                           # string offset=179
.Linfo_string20:
	.asciz	"len"                           # string offset=183
.Linfo_string21:
	.asciz	"pkt_type"                      # string offset=187
.Linfo_string22:
	.asciz	"mark"                          # string offset=196
.Linfo_string23:
	.asciz	"queue_mapping"                 # string offset=201
.Linfo_string24:
	.asciz	"protocol"                      # string offset=215
.Linfo_string25:
	.asciz	"vlan_present"                  # string offset=224
.Linfo_string26:
	.asciz	"vlan_tci"                      # string offset=237
.Linfo_string27:
	.asciz	"vlan_proto"                    # string offset=246
.Linfo_string28:
	.asciz	"priority"                      # string offset=257
.Linfo_string29:
	.asciz	"ingress_ifindex"               # string offset=266
.Linfo_string30:
	.asciz	"ifindex"                       # string offset=282
.Linfo_string31:
	.asciz	"tc_index"                      # string offset=290
.Linfo_string32:
	.asciz	"cb"                            # string offset=299
.Linfo_string33:
	.asciz	"hash"                          # string offset=302
.Linfo_string34:
	.asciz	"tc_classid"                    # string offset=307
.Linfo_string35:
	.asciz	"data"                          # string offset=318
.Linfo_string36:
	.asciz	"data_end"                      # string offset=323
.Linfo_string37:
	.asciz	"__sk_buff"                     # string offset=332
.Linfo_string38:
	.asciz	"i"                             # string offset=342
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
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.long	.Linfo_string33
	.long	.Linfo_string34
	.long	.Linfo_string35
	.long	.Linfo_string36
	.long	.Linfo_string37
	.long	.Linfo_string38
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	556
	.long	556
	.long	317
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108881                        # 0x4000011
	.long	84
	.long	11
	.long	3
	.long	0                               # 0x0
	.long	15
	.long	3
	.long	32                              # 0x20
	.long	24
	.long	3
	.long	64                              # 0x40
	.long	29
	.long	3
	.long	96                              # 0x60
	.long	43
	.long	3
	.long	128                             # 0x80
	.long	52
	.long	3
	.long	160                             # 0xa0
	.long	65
	.long	3
	.long	192                             # 0xc0
	.long	74
	.long	3
	.long	224                             # 0xe0
	.long	85
	.long	3
	.long	256                             # 0x100
	.long	94
	.long	3
	.long	288                             # 0x120
	.long	110
	.long	3
	.long	320                             # 0x140
	.long	118
	.long	3
	.long	352                             # 0x160
	.long	127
	.long	5
	.long	384                             # 0x180
	.long	130
	.long	3
	.long	544                             # 0x220
	.long	135
	.long	3
	.long	576                             # 0x240
	.long	146
	.long	3
	.long	608                             # 0x260
	.long	151
	.long	3
	.long	640                             # 0x280
	.long	160                             # BTF_KIND_TYPEDEF(id = 3)
	.long	134217728                       # 0x8000000
	.long	4
	.long	166                             # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 5)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	6
	.long	5
	.long	179                             # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 7)
	.long	218103809                       # 0xd000001
	.long	8
	.long	199
	.long	1
	.long	203                             # BTF_KIND_INT(id = 8)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	207                             # BTF_KIND_FUNC(id = 9)
	.long	201326593                       # 0xc000001
	.long	7
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	240                             # BTF_KIND_STRUCT(id = 11)
	.long	67108866                        # 0x4000002
	.long	16
	.long	244
	.long	12
	.long	0                               # 0x0
	.long	248
	.long	3
	.long	64                              # 0x40
	.long	250                             # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	13
	.long	256                             # BTF_KIND_INT(id = 13)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 14)
	.long	218103810                       # 0xd000002
	.long	15
	.long	275
	.long	3
	.long	277
	.long	10
	.long	279                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	284                             # BTF_KIND_FUNC(id = 16)
	.long	201326592                       # 0xc000000
	.long	14
	.long	295                             # BTF_KIND_INT(id = 17)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 18)
	.long	50331648                        # 0x3000000
	.long	0
	.long	17
	.long	6
	.long	4
	.long	300                             # BTF_KIND_VAR(id = 19)
	.long	234881024                       # 0xe000000
	.long	18
	.long	1
	.long	309                             # BTF_KIND_DATASEC(id = 20)
	.long	251658241                       # 0xf000001
	.long	0
	.long	19
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"__sk_buff"                     # string offset=1
	.byte	0
	.ascii	"len"                           # string offset=11
	.byte	0
	.ascii	"pkt_type"                      # string offset=15
	.byte	0
	.ascii	"mark"                          # string offset=24
	.byte	0
	.ascii	"queue_mapping"                 # string offset=29
	.byte	0
	.ascii	"protocol"                      # string offset=43
	.byte	0
	.ascii	"vlan_present"                  # string offset=52
	.byte	0
	.ascii	"vlan_tci"                      # string offset=65
	.byte	0
	.ascii	"vlan_proto"                    # string offset=74
	.byte	0
	.ascii	"priority"                      # string offset=85
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=94
	.byte	0
	.ascii	"ifindex"                       # string offset=110
	.byte	0
	.ascii	"tc_index"                      # string offset=118
	.byte	0
	.ascii	"cb"                            # string offset=127
	.byte	0
	.ascii	"hash"                          # string offset=130
	.byte	0
	.ascii	"tc_classid"                    # string offset=135
	.byte	0
	.ascii	"data"                          # string offset=146
	.byte	0
	.ascii	"data_end"                      # string offset=151
	.byte	0
	.ascii	"__u32"                         # string offset=160
	.byte	0
	.ascii	"unsigned int"                  # string offset=166
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=179
	.byte	0
	.ascii	"skb"                           # string offset=199
	.byte	0
	.ascii	"int"                           # string offset=203
	.byte	0
	.ascii	"looper"                        # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=214
	.byte	0
	.ascii	"/src/18_bpf_loop.c"            # string offset=221
	.byte	0
	.ascii	"ctx"                           # string offset=240
	.byte	0
	.ascii	"sum"                           # string offset=244
	.byte	0
	.byte	110                             # string offset=248
	.byte	0
	.ascii	"__u64"                         # string offset=250
	.byte	0
	.ascii	"unsigned long long"            # string offset=256
	.byte	0
	.byte	105                             # string offset=275
	.byte	0
	.byte	99                              # string offset=277
	.byte	0
	.ascii	"long"                          # string offset=279
	.byte	0
	.ascii	"step"                          # string offset=284
	.byte	0
	.ascii	".text"                         # string offset=289
	.byte	0
	.ascii	"char"                          # string offset=295
	.byte	0
	.ascii	"_license"                      # string offset=300
	.byte	0
	.ascii	"license"                       # string offset=309
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	212
	.long	248
	.long	0
	.long	8                               # FuncInfo
	.long	214                             # FuncInfo section string offset=214
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	289                             # FuncInfo section string offset=289
	.long	1
	.long	.Lfunc_begin1
	.long	16
	.long	16                              # LineInfo
	.long	214                             # LineInfo section string offset=214
	.long	7
	.long	.Lfunc_begin0
	.long	221
	.long	0
	.long	4096                            # Line 4 Col 0
	.long	.Ltmp2
	.long	221
	.long	0
	.long	5138                            # Line 5 Col 18
	.long	.Ltmp3
	.long	221
	.long	0
	.long	5148                            # Line 5 Col 28
	.long	.Ltmp6
	.long	221
	.long	0
	.long	5138                            # Line 5 Col 18
	.long	.Ltmp7
	.long	221
	.long	0
	.long	6147                            # Line 6 Col 3
	.long	.Ltmp9
	.long	221
	.long	0
	.long	7185                            # Line 7 Col 17
	.long	.Ltmp10
	.long	221
	.long	0
	.long	7171                            # Line 7 Col 3
	.long	289                             # LineInfo section string offset=289
	.long	5
	.long	.Ltmp13
	.long	221
	.long	0
	.long	3133                            # Line 3 Col 61
	.long	.Ltmp14
	.long	221
	.long	0
	.long	3128                            # Line 3 Col 56
	.long	.Ltmp15
	.long	221
	.long	0
	.long	3123                            # Line 3 Col 51
	.long	.Ltmp16
	.long	221
	.long	0
	.long	3145                            # Line 3 Col 73
	.long	.Ltmp21
	.long	221
	.long	0
	.long	3136                            # Line 3 Col 64
	.addrsig
	.addrsig_sym looper
	.addrsig_sym step
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
