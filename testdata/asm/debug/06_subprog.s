	.text
	.file	"06_subprog.c"
	.file	0 "/src" "06_subprog.c" md5 0x34272614a72040ee824cfff8dcf0748c
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	calls                           # -- Begin function calls
	.p2align	3
	.type	calls,@function
calls:                                  # @calls
.Lfunc_begin0:
	.loc	0 4 0                           # 06_subprog.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: calls:skb <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: calls:skb <- $r6
	.loc	0 4 67 prologue_end             # 06_subprog.c:4:67
.Ltmp2:
	w1 = *(u32 *)(r6 + 0)
	.loc	0 4 57 is_stmt 0                # 06_subprog.c:4:57
.Ltmp3:
	call cube
.Ltmp4:
	w7 = w0
	.loc	0 4 86                          # 06_subprog.c:4:86
.Ltmp5:
	w1 = *(u32 *)(r6 + 8)
	.loc	0 4 74                          # 06_subprog.c:4:74
.Ltmp6:
	call square
.Ltmp7:
	.loc	0 4 72                          # 06_subprog.c:4:72
.Ltmp8:
	w0 += w7
	.loc	0 4 50                          # 06_subprog.c:4:50
.Ltmp9:
	exit
.Ltmp10:
.Ltmp11:
.Lfunc_end0:
	.size	calls, .Lfunc_end0-calls
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function cube
	.type	cube,@function
cube:                                   # @cube
.Lfunc_begin1:
	.loc	0 3 0 is_stmt 1                 # 06_subprog.c:3:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: cube:x <- $w1
	w6 = w1
.Ltmp12:
.Ltmp13:
	#DEBUG_VALUE: cube:x <- $w6
	.loc	0 3 59 prologue_end             # 06_subprog.c:3:59
.Ltmp14:
	call square
.Ltmp15:
	.loc	0 3 69 is_stmt 0                # 06_subprog.c:3:69
.Ltmp16:
	w0 *= w6
	.loc	0 3 52                          # 06_subprog.c:3:52
.Ltmp17:
	exit
.Ltmp18:
.Ltmp19:
.Lfunc_end1:
	.size	cube, .Lfunc_end1-cube
	.cfi_endproc
                                        # -- End function
	.p2align	3                               # -- Begin function square
	.type	square,@function
square:                                 # @square
.Lfunc_begin2:
	.loc	0 2 0 is_stmt 1                 # 06_subprog.c:2:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: square:x <- $w1
	w0 = w1
.Ltmp20:
.Ltmp21:
	#DEBUG_VALUE: square:x <- $w0
	.loc	0 2 63 prologue_end             # 06_subprog.c:2:63
.Ltmp22:
	w0 *= w0
.Ltmp23:
.Ltmp24:
	.loc	0 2 54 is_stmt 0                # 06_subprog.c:2:54
.Ltmp25:
	exit
.Ltmp26:
.Ltmp27:
.Lfunc_end2:
	.size	square, .Lfunc_end2-square
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
	.long	3                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	1                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp20-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin1          #   ending offset
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
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x160 DW_TAG_compile_unit
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
	.byte	7                               # Abbrev [7] 0x4e:0x25 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	171                             # DW_AT_type
                                        # DW_AT_external
	.byte	8                               # Abbrev [8] 0x5d:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	175                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x66:0x6 DW_TAG_call_site
	.long	115                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	9                               # Abbrev [9] 0x6c:0x6 DW_TAG_call_site
	.long	146                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x73:0x1f DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	171                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x82:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	171                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x8b:0x6 DW_TAG_call_site
	.long	146                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x92:0x19 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	171                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0xa1:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	171                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xab:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xaf:0x5 DW_TAG_pointer_type
	.long	180                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xb4:0x9f DW_TAG_structure_type
	.byte	30                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0xb9:0x9 DW_TAG_member
	.byte	11                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xc2:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xcb:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xd4:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xdd:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xe6:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xef:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf8:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x101:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x10a:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x113:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x11c:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x125:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	351                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x12e:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x137:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x140:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x149:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	339                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x153:0x8 DW_TAG_typedef
	.long	347                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x15b:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x15f:0xc DW_TAG_array_type
	.long	339                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x164:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
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
	.byte	4                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	132                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"06_subprog.c"                  # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=53
.Linfo_string3:
	.asciz	"_license"                      # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"calls"                         # string offset=92
.Linfo_string7:
	.asciz	"int"                           # string offset=98
.Linfo_string8:
	.asciz	"cube"                          # string offset=102
.Linfo_string9:
	.asciz	"square"                        # string offset=107
.Linfo_string10:
	.asciz	"skb"                           # string offset=114
.Linfo_string11:
	.asciz	"len"                           # string offset=118
.Linfo_string12:
	.asciz	"unsigned int"                  # string offset=122
.Linfo_string13:
	.asciz	"__u32"                         # string offset=135
.Linfo_string14:
	.asciz	"pkt_type"                      # string offset=141
.Linfo_string15:
	.asciz	"mark"                          # string offset=150
.Linfo_string16:
	.asciz	"queue_mapping"                 # string offset=155
.Linfo_string17:
	.asciz	"protocol"                      # string offset=169
.Linfo_string18:
	.asciz	"vlan_present"                  # string offset=178
.Linfo_string19:
	.asciz	"vlan_tci"                      # string offset=191
.Linfo_string20:
	.asciz	"vlan_proto"                    # string offset=200
.Linfo_string21:
	.asciz	"priority"                      # string offset=211
.Linfo_string22:
	.asciz	"ingress_ifindex"               # string offset=220
.Linfo_string23:
	.asciz	"ifindex"                       # string offset=236
.Linfo_string24:
	.asciz	"tc_index"                      # string offset=244
.Linfo_string25:
	.asciz	"cb"                            # string offset=253
.Linfo_string26:
	.asciz	"hash"                          # string offset=256
.Linfo_string27:
	.asciz	"tc_classid"                    # string offset=261
.Linfo_string28:
	.asciz	"data"                          # string offset=272
.Linfo_string29:
	.asciz	"data_end"                      # string offset=277
.Linfo_string30:
	.asciz	"__sk_buff"                     # string offset=286
.Linfo_string31:
	.asciz	"x"                             # string offset=296
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Ltmp4
	.quad	.Ltmp7
	.quad	.Lfunc_begin1
	.quad	.Ltmp15
	.quad	.Lfunc_begin2
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	488
	.long	488
	.long	280
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
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 10)
	.long	218103809                       # 0xd000001
	.long	8
	.long	238
	.long	8
	.long	240                             # BTF_KIND_FUNC(id = 11)
	.long	201326592                       # 0xc000000
	.long	10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 12)
	.long	218103809                       # 0xd000001
	.long	8
	.long	238
	.long	8
	.long	251                             # BTF_KIND_FUNC(id = 13)
	.long	201326592                       # 0xc000000
	.long	12
	.long	258                             # BTF_KIND_INT(id = 14)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 15)
	.long	50331648                        # 0x3000000
	.long	0
	.long	14
	.long	6
	.long	4
	.long	263                             # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	15
	.long	1
	.long	272                             # BTF_KIND_DATASEC(id = 17)
	.long	251658241                       # 0xf000001
	.long	0
	.long	16
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
	.ascii	"calls"                         # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=213
	.byte	0
	.ascii	"/src/06_subprog.c"             # string offset=220
	.byte	0
	.byte	120                             # string offset=238
	.byte	0
	.ascii	"cube"                          # string offset=240
	.byte	0
	.ascii	".text"                         # string offset=245
	.byte	0
	.ascii	"square"                        # string offset=251
	.byte	0
	.ascii	"char"                          # string offset=258
	.byte	0
	.ascii	"_license"                      # string offset=263
	.byte	0
	.ascii	"license"                       # string offset=272
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	44
	.long	44
	.long	244
	.long	288
	.long	0
	.long	8                               # FuncInfo
	.long	213                             # FuncInfo section string offset=213
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	245                             # FuncInfo section string offset=245
	.long	2
	.long	.Lfunc_begin1
	.long	11
	.long	.Lfunc_begin2
	.long	13
	.long	16                              # LineInfo
	.long	213                             # LineInfo section string offset=213
	.long	7
	.long	.Lfunc_begin0
	.long	220
	.long	0
	.long	4096                            # Line 4 Col 0
	.long	.Ltmp2
	.long	220
	.long	0
	.long	4163                            # Line 4 Col 67
	.long	.Ltmp3
	.long	220
	.long	0
	.long	4153                            # Line 4 Col 57
	.long	.Ltmp5
	.long	220
	.long	0
	.long	4182                            # Line 4 Col 86
	.long	.Ltmp6
	.long	220
	.long	0
	.long	4170                            # Line 4 Col 74
	.long	.Ltmp8
	.long	220
	.long	0
	.long	4168                            # Line 4 Col 72
	.long	.Ltmp9
	.long	220
	.long	0
	.long	4146                            # Line 4 Col 50
	.long	245                             # LineInfo section string offset=245
	.long	7
	.long	.Lfunc_begin1
	.long	220
	.long	0
	.long	3072                            # Line 3 Col 0
	.long	.Ltmp14
	.long	220
	.long	0
	.long	3131                            # Line 3 Col 59
	.long	.Ltmp16
	.long	220
	.long	0
	.long	3141                            # Line 3 Col 69
	.long	.Ltmp17
	.long	220
	.long	0
	.long	3124                            # Line 3 Col 52
	.long	.Lfunc_begin2
	.long	220
	.long	0
	.long	2048                            # Line 2 Col 0
	.long	.Ltmp22
	.long	220
	.long	0
	.long	2111                            # Line 2 Col 63
	.long	.Ltmp25
	.long	220
	.long	0
	.long	2102                            # Line 2 Col 54
	.addrsig
	.addrsig_sym calls
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
