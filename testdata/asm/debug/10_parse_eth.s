	.text
	.file	"10_parse_eth.c"
	.file	0 "/src" "10_parse_eth.c" md5 0x6036db659a083eff23ab8c99fb328959
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	xdp,"ax",@progbits
	.globl	parse                           # -- Begin function parse
	.p2align	3
	.type	parse,@function
parse:                                  # @parse
.Lfunc_begin0:
	.loc	0 4 0                           # 10_parse_eth.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: parse:ctx <- $r1
	w0 = 1
.Ltmp0:
	.loc	0 6 34 prologue_end             # 10_parse_eth.c:6:34
.Ltmp1:
.Ltmp2:
	w2 = *(u32 *)(r1 + 4)
.Ltmp3:
.Ltmp4:
	#DEBUG_VALUE: parse:end <- $r2
	.loc	0 5 35                          # 10_parse_eth.c:5:35
.Ltmp5:
	w1 = *(u32 *)(r1 + 0)
.Ltmp6:
.Ltmp7:
	#DEBUG_VALUE: parse:e <- $r1
	#DEBUG_VALUE: parse:data <- $r1
	.loc	0 8 18                          # 10_parse_eth.c:8:18
.Ltmp8:
	r3 = r1
	r3 += 14
.Ltmp9:
.Ltmp10:
	.loc	0 8 7 is_stmt 0                 # 10_parse_eth.c:8:7
.Ltmp11:
	if r3 > r2 goto LBB0_7
.Ltmp12:
.Ltmp13:
# %bb.1:
	#DEBUG_VALUE: parse:data <- $r1
	#DEBUG_VALUE: parse:e <- $r1
	#DEBUG_VALUE: parse:end <- $r2
	.loc	0 0 7                           # 10_parse_eth.c:0:7
	w0 = 2
.Ltmp14:
	.loc	0 9 10 is_stmt 1                # 10_parse_eth.c:9:10
.Ltmp15:
.Ltmp16:
	w3 = *(u16 *)(r1 + 12)
.Ltmp17:
.Ltmp18:
	.loc	0 9 7 is_stmt 0                 # 10_parse_eth.c:9:7
.Ltmp19:
	if w3 != 8 goto LBB0_7
.Ltmp20:
.Ltmp21:
# %bb.2:
	#DEBUG_VALUE: parse:data <- $r1
	#DEBUG_VALUE: parse:e <- $r1
	#DEBUG_VALUE: parse:end <- $r2
	#DEBUG_VALUE: parse:ip <- [DW_OP_plus_uconst 14, DW_OP_stack_value] $r1
	.loc	0 11 19 is_stmt 1               # 10_parse_eth.c:11:19
.Ltmp22:
	r3 = r1
	r3 += 34
	w0 = 1
.Ltmp23:
.Ltmp24:
	.loc	0 11 7 is_stmt 0                # 10_parse_eth.c:11:7
.Ltmp25:
	if r3 > r2 goto LBB0_7
.Ltmp26:
.Ltmp27:
# %bb.3:
	#DEBUG_VALUE: parse:ip <- [DW_OP_plus_uconst 14, DW_OP_stack_value] $r1
	#DEBUG_VALUE: parse:data <- $r1
	#DEBUG_VALUE: parse:e <- $r1
	#DEBUG_VALUE: parse:end <- $r2
	.loc	0 12 11 is_stmt 1               # 10_parse_eth.c:12:11
.Ltmp28:
	w2 = *(u8 *)(r1 + 23)
.Ltmp29:
.Ltmp30:
	.loc	0 12 23 is_stmt 0               # 10_parse_eth.c:12:23
.Ltmp31:
	if w2 != 17 goto LBB0_5
.Ltmp32:
.Ltmp33:
# %bb.4:
	#DEBUG_VALUE: parse:ip <- [DW_OP_plus_uconst 14, DW_OP_stack_value] $r1
	#DEBUG_VALUE: parse:data <- $r1
	#DEBUG_VALUE: parse:e <- $r1
	.loc	0 0 23                          # 10_parse_eth.c:0:23
	w0 = 3
	.loc	0 12 30                         # 10_parse_eth.c:12:30
.Ltmp34:
	w2 = *(u8 *)(r1 + 22)
.Ltmp35:
.Ltmp36:
	.loc	0 12 7                          # 10_parse_eth.c:12:7
.Ltmp37:
	if w2 > 1 goto LBB0_7
.Ltmp38:
.Ltmp39:
LBB0_5:
	#DEBUG_VALUE: parse:ip <- [DW_OP_plus_uconst 14, DW_OP_stack_value] $r1
	#DEBUG_VALUE: parse:data <- $r1
	#DEBUG_VALUE: parse:e <- $r1
	.loc	0 13 32 is_stmt 1               # 10_parse_eth.c:13:32
.Ltmp40:
	w1 = *(u32 *)(r1 + 30)
.Ltmp41:
.Ltmp42:
	.loc	0 13 37 is_stmt 0               # 10_parse_eth.c:13:37
.Ltmp43:
	w1 &= 255
	w0 = 1
	.loc	0 13 10                         # 10_parse_eth.c:13:10
.Ltmp44:
	if w1 == 10 goto LBB0_7
# %bb.6:
	.loc	0 0 10                          # 10_parse_eth.c:0:10
	w0 = 2
LBB0_7:
	.loc	0 14 1 is_stmt 1                # 10_parse_eth.c:14:1
.Ltmp45:
	exit
.Ltmp46:
.Ltmp47:
.Lfunc_end0:
	.size	parse, .Lfunc_end0-parse
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
	.long	5                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	113                             # DW_OP_breg1
	.byte	14                              # 14
	.byte	159                             # DW_OP_stack_value
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
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x17d DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
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
	.byte	7                               # Abbrev [7] 0x46:0x1 DW_TAG_pointer_type
	.byte	5                               # Abbrev [5] 0x47:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x4b:0x3d DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	136                             # DW_AT_type
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x5a:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	140                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x63:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	70                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6c:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	217                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x75:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	70                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0x7e:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	291                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x88:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x8c:0x5 DW_TAG_pointer_type
	.long	145                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x91:0x3c DW_TAG_structure_type
	.byte	18                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x96:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x9f:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xa8:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xb1:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xba:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xc3:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xcd:0x8 DW_TAG_typedef
	.long	213                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xd5:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xd9:0x5 DW_TAG_pointer_type
	.long	222                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xde:0x21 DW_TAG_structure_type
	.byte	28                              # DW_AT_name
	.byte	14                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0xe3:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	255                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xec:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	255                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf5:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	279                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0xff:0xc DW_TAG_array_type
	.long	267                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x104:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	6                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x10b:0x8 DW_TAG_typedef
	.long	275                             # DW_AT_type
	.byte	23                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x113:0x4 DW_TAG_base_type
	.byte	22                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0x117:0x8 DW_TAG_typedef
	.long	287                             # DW_AT_type
	.byte	27                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x11f:0x4 DW_TAG_base_type
	.byte	26                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x123:0x5 DW_TAG_pointer_type
	.long	296                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x128:0x60 DW_TAG_structure_type
	.byte	29                              # DW_AT_name
	.byte	20                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x12d:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	267                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x136:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	267                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	1                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x13f:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	279                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x148:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	279                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x151:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	279                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x15a:0x9 DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	267                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x163:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	267                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x16c:0x9 DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	279                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x175:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x17e:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	205                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	152                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"10_parse_eth.c"                # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=55
.Linfo_string3:
	.asciz	"_license"                      # string offset=60
.Linfo_string4:
	.asciz	"char"                          # string offset=69
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=74
.Linfo_string6:
	.asciz	"long"                          # string offset=94
.Linfo_string7:
	.asciz	"parse"                         # string offset=99
.Linfo_string8:
	.asciz	"int"                           # string offset=105
.Linfo_string9:
	.asciz	"ctx"                           # string offset=109
.Linfo_string10:
	.asciz	"data"                          # string offset=113
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=118
.Linfo_string12:
	.asciz	"__u32"                         # string offset=131
.Linfo_string13:
	.asciz	"data_end"                      # string offset=137
.Linfo_string14:
	.asciz	"data_meta"                     # string offset=146
.Linfo_string15:
	.asciz	"ingress_ifindex"               # string offset=156
.Linfo_string16:
	.asciz	"rx_queue_index"                # string offset=172
.Linfo_string17:
	.asciz	"egress_ifindex"                # string offset=187
.Linfo_string18:
	.asciz	"xdp_md"                        # string offset=202
.Linfo_string19:
	.asciz	"end"                           # string offset=209
.Linfo_string20:
	.asciz	"e"                             # string offset=213
.Linfo_string21:
	.asciz	"dst"                           # string offset=215
.Linfo_string22:
	.asciz	"unsigned char"                 # string offset=219
.Linfo_string23:
	.asciz	"__u8"                          # string offset=233
.Linfo_string24:
	.asciz	"src"                           # string offset=238
.Linfo_string25:
	.asciz	"proto"                         # string offset=242
.Linfo_string26:
	.asciz	"unsigned short"                # string offset=248
.Linfo_string27:
	.asciz	"__u16"                         # string offset=263
.Linfo_string28:
	.asciz	"eth"                           # string offset=269
.Linfo_string29:
	.asciz	"ip"                            # string offset=273
.Linfo_string30:
	.asciz	"vhl"                           # string offset=276
.Linfo_string31:
	.asciz	"tos"                           # string offset=280
.Linfo_string32:
	.asciz	"len"                           # string offset=284
.Linfo_string33:
	.asciz	"id"                            # string offset=288
.Linfo_string34:
	.asciz	"frag"                          # string offset=291
.Linfo_string35:
	.asciz	"ttl"                           # string offset=296
.Linfo_string36:
	.asciz	"csum"                          # string offset=300
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	268
	.long	268
	.long	177
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108870                        # 0x4000006
	.long	24
	.long	8
	.long	3
	.long	0                               # 0x0
	.long	13
	.long	3
	.long	32                              # 0x20
	.long	22
	.long	3
	.long	64                              # 0x40
	.long	32
	.long	3
	.long	96                              # 0x60
	.long	48
	.long	3
	.long	128                             # 0x80
	.long	63
	.long	3
	.long	160                             # 0xa0
	.long	78                              # BTF_KIND_TYPEDEF(id = 3)
	.long	134217728                       # 0x8000000
	.long	4
	.long	84                              # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 5)
	.long	218103809                       # 0xd000001
	.long	6
	.long	97
	.long	1
	.long	101                             # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	105                             # BTF_KIND_FUNC(id = 7)
	.long	201326593                       # 0xc000001
	.long	5
	.long	135                             # BTF_KIND_INT(id = 8)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 9)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	10
	.long	4
	.long	140                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	160                             # BTF_KIND_VAR(id = 11)
	.long	234881024                       # 0xe000000
	.long	9
	.long	1
	.long	169                             # BTF_KIND_DATASEC(id = 12)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"xdp_md"                        # string offset=1
	.byte	0
	.ascii	"data"                          # string offset=8
	.byte	0
	.ascii	"data_end"                      # string offset=13
	.byte	0
	.ascii	"data_meta"                     # string offset=22
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=32
	.byte	0
	.ascii	"rx_queue_index"                # string offset=48
	.byte	0
	.ascii	"egress_ifindex"                # string offset=63
	.byte	0
	.ascii	"__u32"                         # string offset=78
	.byte	0
	.ascii	"unsigned int"                  # string offset=84
	.byte	0
	.ascii	"ctx"                           # string offset=97
	.byte	0
	.ascii	"int"                           # string offset=101
	.byte	0
	.ascii	"parse"                         # string offset=105
	.byte	0
	.ascii	"xdp"                           # string offset=111
	.byte	0
	.ascii	"/src/10_parse_eth.c"           # string offset=115
	.byte	0
	.ascii	"char"                          # string offset=135
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=140
	.byte	0
	.ascii	"_license"                      # string offset=160
	.byte	0
	.ascii	"license"                       # string offset=169
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	284
	.long	304
	.long	0
	.long	8                               # FuncInfo
	.long	111                             # FuncInfo section string offset=111
	.long	1
	.long	.Lfunc_begin0
	.long	7
	.long	16                              # LineInfo
	.long	111                             # LineInfo section string offset=111
	.long	17
	.long	.Lfunc_begin0
	.long	115
	.long	0
	.long	4096                            # Line 4 Col 0
	.long	.Ltmp2
	.long	115
	.long	0
	.long	6178                            # Line 6 Col 34
	.long	.Ltmp5
	.long	115
	.long	0
	.long	5155                            # Line 5 Col 35
	.long	.Ltmp8
	.long	115
	.long	0
	.long	8210                            # Line 8 Col 18
	.long	.Ltmp11
	.long	115
	.long	0
	.long	8199                            # Line 8 Col 7
	.long	.Ltmp16
	.long	115
	.long	0
	.long	9226                            # Line 9 Col 10
	.long	.Ltmp19
	.long	115
	.long	0
	.long	9223                            # Line 9 Col 7
	.long	.Ltmp22
	.long	115
	.long	0
	.long	11283                           # Line 11 Col 19
	.long	.Ltmp25
	.long	115
	.long	0
	.long	11271                           # Line 11 Col 7
	.long	.Ltmp28
	.long	115
	.long	0
	.long	12299                           # Line 12 Col 11
	.long	.Ltmp31
	.long	115
	.long	0
	.long	12311                           # Line 12 Col 23
	.long	.Ltmp34
	.long	115
	.long	0
	.long	12318                           # Line 12 Col 30
	.long	.Ltmp37
	.long	115
	.long	0
	.long	12295                           # Line 12 Col 7
	.long	.Ltmp40
	.long	115
	.long	0
	.long	13344                           # Line 13 Col 32
	.long	.Ltmp43
	.long	115
	.long	0
	.long	13349                           # Line 13 Col 37
	.long	.Ltmp44
	.long	115
	.long	0
	.long	13322                           # Line 13 Col 10
	.long	.Ltmp45
	.long	115
	.long	0
	.long	14337                           # Line 14 Col 1
	.addrsig
	.addrsig_sym parse
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
