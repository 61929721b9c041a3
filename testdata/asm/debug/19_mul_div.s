	.text
	.file	"19_mul_div.c"
	.file	0 "/src" "19_mul_div.c" md5 0x195a1a3b3bf6a70f5c8945b74b6dae4e
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	arith                           # -- Begin function arith
	.p2align	3
	.type	arith,@function
arith:                                  # @arith
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: arith:skb <- $r1
	.loc	0 3 18 prologue_end             # 19_mul_div.c:3:18
.Ltmp0:
	w4 = *(u32 *)(r1 + 0)
.Ltmp1:
.Ltmp2:
	#DEBUG_VALUE: arith:a <- $r4
	.loc	0 5 68                          # 19_mul_div.c:5:68
.Ltmp3:
	w2 = w4
	w2 <<= 7
	.loc	0 5 84 is_stmt 0                # 19_mul_div.c:5:84
.Ltmp4:
	w3 = w4
	w3 ^= -559038737
	.loc	0 5 68                          # 19_mul_div.c:5:68
.Ltmp5:
	w3 += w2
	.loc	0 4 18 is_stmt 1                # 19_mul_div.c:4:18
.Ltmp6:
	w2 = *(u32 *)(r1 + 68)
.Ltmp7:
.Ltmp8:
	#DEBUG_VALUE: arith:c <- $w2
	.loc	0 5 73                          # 19_mul_div.c:5:73
.Ltmp9:
	w5 = w2
	w5 >>= 3
	.loc	0 5 39 is_stmt 0                # 19_mul_div.c:5:39
.Ltmp10:
	w3 -= w5
	.loc	0 3 32 is_stmt 1                # 19_mul_div.c:3:32
.Ltmp11:
	w5 = *(u32 *)(r1 + 8)
	.loc	0 3 37 is_stmt 0                # 19_mul_div.c:3:37
.Ltmp12:
	w5 |= 1
.Ltmp13:
.Ltmp14:
	#DEBUG_VALUE: arith:b <- $r5
	.loc	0 5 18 is_stmt 1                # 19_mul_div.c:5:18
.Ltmp15:
	r0 = r5
	r0 *= r4
	.loc	0 5 27 is_stmt 0                # 19_mul_div.c:5:27
.Ltmp16:
	r5 += 3
.Ltmp17:
.Ltmp18:
	.loc	0 5 22                          # 19_mul_div.c:5:22
.Ltmp19:
	r0 /= r5
	.loc	0 5 32                          # 19_mul_div.c:5:32
.Ltmp20:
	r0 %= 1000
	.loc	0 5 68                          # 19_mul_div.c:5:68
.Ltmp21:
	w3 += w0
	.loc	0 4 33 is_stmt 1                # 19_mul_div.c:4:33
.Ltmp22:
	w1 = *(u32 *)(r1 + 32)
.Ltmp23:
.Ltmp24:
	.loc	0 4 42 is_stmt 0                # 19_mul_div.c:4:42
.Ltmp25:
	w1 |= 1
.Ltmp26:
.Ltmp27:
	#DEBUG_VALUE: arith:d <- $w1
	.loc	0 5 43 is_stmt 1                # 19_mul_div.c:5:43
.Ltmp28:
	w4 = w2
.Ltmp29:
.Ltmp30:
	w4 /= w1
	.loc	0 5 10 is_stmt 0                # 19_mul_div.c:5:10
.Ltmp31:
	w0 = w4
	w0 += w3
	.loc	0 5 52                          # 19_mul_div.c:5:52
.Ltmp32:
	w4 *= w1
	.loc	0 5 10                          # 19_mul_div.c:5:10
.Ltmp33:
	w4 -= w2
	w0 += w4
	.loc	0 5 103                         # 19_mul_div.c:5:103
.Ltmp34:
	w2 &= 61680
.Ltmp35:
.Ltmp36:
	.loc	0 5 10                          # 19_mul_div.c:5:10
.Ltmp37:
	w0 += w2
	.loc	0 5 3                           # 19_mul_div.c:5:3
.Ltmp38:
	exit
.Ltmp39:
.Ltmp40:
.Lfunc_end0:
	.size	arith, .Lfunc_end0-arith
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
	.uleb128 .Ltmp23-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp35-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp13-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp17-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
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
	.byte	10                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x144 DW_TAG_compile_unit
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
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x4a:0x3d DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	70                              # DW_AT_type
                                        # DW_AT_external
	.byte	8                               # Abbrev [8] 0x59:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	135                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x62:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	323                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x6b:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	299                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x74:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	323                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x7d:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	34                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	299                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x87:0x5 DW_TAG_pointer_type
	.long	140                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x8c:0x9f DW_TAG_structure_type
	.byte	28                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x91:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0x9a:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xa3:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xac:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xb5:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xbe:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xc7:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xd0:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xd9:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xe2:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xeb:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xf4:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0xfd:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0x106:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0x10f:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0x118:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	12                              # Abbrev [12] 0x121:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	299                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x12b:0x8 DW_TAG_typedef
	.long	307                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x133:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x137:0xc DW_TAG_array_type
	.long	299                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x13c:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x143:0x8 DW_TAG_typedef
	.long	331                             # DW_AT_type
	.byte	31                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x14b:0x4 DW_TAG_base_type
	.byte	30                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	144                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"19_mul_div.c"                  # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=53
.Linfo_string3:
	.asciz	"_license"                      # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"int"                           # string offset=92
.Linfo_string7:
	.asciz	"arith"                         # string offset=96
.Linfo_string8:
	.asciz	"skb"                           # string offset=102
.Linfo_string9:
	.asciz	"len"                           # string offset=106
.Linfo_string10:
	.asciz	"unsigned int"                  # string offset=110
.Linfo_string11:
	.asciz	"__u32"                         # string offset=123
.Linfo_string12:
	.asciz	"pkt_type"                      # string offset=129
.Linfo_string13:
	.asciz	"mark"                          # string offset=138
.Linfo_string14:
	.asciz	"queue_mapping"                 # string offset=143
.Linfo_string15:
	.asciz	"protocol"                      # string offset=157
.Linfo_string16:
	.asciz	"vlan_present"                  # string offset=166
.Linfo_string17:
	.asciz	"vlan_tci"                      # string offset=179
.Linfo_string18:
	.asciz	"vlan_proto"                    # string offset=188
.Linfo_string19:
	.asciz	"priority"                      # string offset=199
.Linfo_string20:
	.asciz	"ingress_ifindex"               # string offset=208
.Linfo_string21:
	.asciz	"ifindex"                       # string offset=224
.Linfo_string22:
	.asciz	"tc_index"                      # string offset=232
.Linfo_string23:
	.asciz	"cb"                            # string offset=241
.Linfo_string24:
	.asciz	"hash"                          # string offset=244
.Linfo_string25:
	.asciz	"tc_classid"                    # string offset=249
.Linfo_string26:
	.asciz	"data"                          # string offset=260
.Linfo_string27:
	.asciz	"data_end"                      # string offset=265
.Linfo_string28:
	.asciz	"__sk_buff"                     # string offset=274
.Linfo_string29:
	.asciz	"a"                             # string offset=284
.Linfo_string30:
	.asciz	"unsigned long long"            # string offset=286
.Linfo_string31:
	.asciz	"__u64"                         # string offset=305
.Linfo_string32:
	.asciz	"c"                             # string offset=311
.Linfo_string33:
	.asciz	"b"                             # string offset=313
.Linfo_string34:
	.asciz	"d"                             # string offset=315
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
	.long	424
	.long	424
	.long	260
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
	.long	238                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 11)
	.long	50331648                        # 0x3000000
	.long	0
	.long	10
	.long	6
	.long	4
	.long	243                             # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	11
	.long	1
	.long	252                             # BTF_KIND_DATASEC(id = 13)
	.long	251658241                       # 0xf000001
	.long	0
	.long	12
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
	.ascii	"arith"                         # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=213
	.byte	0
	.ascii	"/src/19_mul_div.c"             # string offset=220
	.byte	0
	.ascii	"char"                          # string offset=238
	.byte	0
	.ascii	"_license"                      # string offset=243
	.byte	0
	.ascii	"license"                       # string offset=252
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	380
	.long	400
	.long	0
	.long	8                               # FuncInfo
	.long	213                             # FuncInfo section string offset=213
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	16                              # LineInfo
	.long	213                             # LineInfo section string offset=213
	.long	23
	.long	.Ltmp0
	.long	220
	.long	0
	.long	3090                            # Line 3 Col 18
	.long	.Ltmp3
	.long	220
	.long	0
	.long	5188                            # Line 5 Col 68
	.long	.Ltmp4
	.long	220
	.long	0
	.long	5204                            # Line 5 Col 84
	.long	.Ltmp5
	.long	220
	.long	0
	.long	5188                            # Line 5 Col 68
	.long	.Ltmp6
	.long	220
	.long	0
	.long	4114                            # Line 4 Col 18
	.long	.Ltmp9
	.long	220
	.long	0
	.long	5193                            # Line 5 Col 73
	.long	.Ltmp10
	.long	220
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp11
	.long	220
	.long	0
	.long	3104                            # Line 3 Col 32
	.long	.Ltmp12
	.long	220
	.long	0
	.long	3109                            # Line 3 Col 37
	.long	.Ltmp15
	.long	220
	.long	0
	.long	5138                            # Line 5 Col 18
	.long	.Ltmp16
	.long	220
	.long	0
	.long	5147                            # Line 5 Col 27
	.long	.Ltmp19
	.long	220
	.long	0
	.long	5142                            # Line 5 Col 22
	.long	.Ltmp20
	.long	220
	.long	0
	.long	5152                            # Line 5 Col 32
	.long	.Ltmp21
	.long	220
	.long	0
	.long	5188                            # Line 5 Col 68
	.long	.Ltmp22
	.long	220
	.long	0
	.long	4129                            # Line 4 Col 33
	.long	.Ltmp25
	.long	220
	.long	0
	.long	4138                            # Line 4 Col 42
	.long	.Ltmp28
	.long	220
	.long	0
	.long	5163                            # Line 5 Col 43
	.long	.Ltmp31
	.long	220
	.long	0
	.long	5130                            # Line 5 Col 10
	.long	.Ltmp32
	.long	220
	.long	0
	.long	5172                            # Line 5 Col 52
	.long	.Ltmp33
	.long	220
	.long	0
	.long	5130                            # Line 5 Col 10
	.long	.Ltmp34
	.long	220
	.long	0
	.long	5223                            # Line 5 Col 103
	.long	.Ltmp37
	.long	220
	.long	0
	.long	5130                            # Line 5 Col 10
	.long	.Ltmp38
	.long	220
	.long	0
	.long	5123                            # Line 5 Col 3
	.addrsig
	.addrsig_sym arith
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
