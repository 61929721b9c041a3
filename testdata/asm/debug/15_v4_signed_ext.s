	.text
	.file	"15_v4_signed_ext.c"
	.file	0 "/src" "15_v4_signed_ext.c" md5 0xf6441c522a815ad2a59020a177dcd28d
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	sext                            # -- Begin function sext
	.p2align	3
	.type	sext,@function
sext:                                   # @sext
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: sext:skb <- $r1
	#DEBUG_VALUE: sext:p <- [DW_OP_plus_uconst 48, DW_OP_stack_value] $r1
	#DEBUG_VALUE: sext:q <- [DW_OP_plus_uconst 52, DW_OP_stack_value] $r1
	.loc	0 5 12 prologue_end             # 15_v4_signed_ext.c:5:12
.Ltmp0:
	r2 = *(s8 *)(r1 + 48)
	.loc	0 5 17 is_stmt 0                # 15_v4_signed_ext.c:5:17
.Ltmp1:
	r3 = *(s16 *)(r1 + 52)
	.loc	0 5 15                          # 15_v4_signed_ext.c:5:15
.Ltmp2:
	w3 += w2
	.loc	0 5 29                          # 15_v4_signed_ext.c:5:29
.Ltmp3:
	w2 = *(u32 *)(r1 + 56)
	.loc	0 5 20                          # 15_v4_signed_ext.c:5:20
.Ltmp4:
	w3 += w2
	.loc	0 5 12                          # 15_v4_signed_ext.c:5:12
.Ltmp5:
	r0 = (s32)r3
.Ltmp6:
.Ltmp7:
	#DEBUG_VALUE: sext:x <- $r0
	.loc	0 7 26 is_stmt 1                # 15_v4_signed_ext.c:7:26
.Ltmp8:
	w2 = *(u32 *)(r1 + 0)
	.loc	0 7 30 is_stmt 0                # 15_v4_signed_ext.c:7:30
.Ltmp9:
	w2 |= 1
	.loc	0 7 18                          # 15_v4_signed_ext.c:7:18
.Ltmp10:
	r3 = r0
	r3 s/= r2
	.loc	0 7 51                          # 15_v4_signed_ext.c:7:51
.Ltmp11:
	r0 = bswap64 r0
.Ltmp12:
.Ltmp13:
	.loc	0 7 10                          # 15_v4_signed_ext.c:7:10
.Ltmp14:
	w0 += w3
	.loc	0 6 23 is_stmt 1                # 15_v4_signed_ext.c:6:23
.Ltmp15:
	w2 = *(u32 *)(r1 + 8)
	.loc	0 6 12 is_stmt 0                # 15_v4_signed_ext.c:6:12
.Ltmp16:
	w2 = (s8)w2
	.loc	0 6 42                          # 15_v4_signed_ext.c:6:42
.Ltmp17:
	w1 = *(u32 *)(r1 + 68)
.Ltmp18:
.Ltmp19:
	.loc	0 6 30                          # 15_v4_signed_ext.c:6:30
.Ltmp20:
	w1 = (s16)w1
	.loc	0 6 28                          # 15_v4_signed_ext.c:6:28
.Ltmp21:
	w1 += w2
.Ltmp22:
.Ltmp23:
	#DEBUG_VALUE: sext:y <- [DW_OP_LLVM_convert 32 5, DW_OP_LLVM_convert 64 5, DW_OP_stack_value] $w1
	.loc	0 7 39 is_stmt 1                # 15_v4_signed_ext.c:7:39
.Ltmp24:
	w1 s%= 5
.Ltmp25:
.Ltmp26:
	.loc	0 7 44 is_stmt 0                # 15_v4_signed_ext.c:7:44
.Ltmp27:
	w0 += w1
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 7 3                           # 15_v4_signed_ext.c:7:3
.Ltmp28:
	exit
.Ltmp29:
.Ltmp30:
.Lfunc_end0:
	.size	sext, .Lfunc_end0-sext
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
	.uleb128 .Ltmp18-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp18-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	113                             # DW_OP_breg1
	.byte	48                              # 48
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp18-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	113                             # DW_OP_breg1
	.byte	52                              # 52
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp22-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp25-.Lfunc_begin0          #   ending offset
	.byte	13                              # Loc expr size
	.byte	113                             # DW_OP_breg1
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\247\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\253\200\200"                  # 
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
	.byte	3                               # Abbreviation Code
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
	.byte	4                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x16e DW_TAG_compile_unit
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
	.byte	2                               # Abbrev [2] 0x27:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x2b:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	4                               # Abbrev [4] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x4e:0x5 DW_TAG_pointer_type
	.long	83                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x53:0x8 DW_TAG_typedef
	.long	91                              # DW_AT_type
	.byte	7                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x5b:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x5f:0x5 DW_TAG_pointer_type
	.long	100                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x64:0x8 DW_TAG_typedef
	.long	108                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x6c:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x70:0x8 DW_TAG_typedef
	.long	120                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x78:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x7c:0x3d DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	120                             # DW_AT_type
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x8b:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	185                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x94:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	36                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	78                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0x9d:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	95                              # DW_AT_type
	.byte	11                              # Abbrev [11] 0xa6:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	38                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	373                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xaf:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	40                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	373                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0xb9:0x5 DW_TAG_pointer_type
	.long	190                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xbe:0x9f DW_TAG_structure_type
	.byte	35                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0xc3:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xcc:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xd5:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xde:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xe7:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf0:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf9:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x102:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x10b:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x114:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x11d:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x126:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x12f:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	361                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x138:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x141:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x14a:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x153:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	349                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x15d:0x8 DW_TAG_typedef
	.long	357                             # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x165:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	4                               # Abbrev [4] 0x169:0xc DW_TAG_array_type
	.long	349                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x16e:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x175:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	168                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"15_v4_signed_ext.c"            # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=59
.Linfo_string3:
	.asciz	"_license"                      # string offset=64
.Linfo_string4:
	.asciz	"char"                          # string offset=73
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=78
.Linfo_string6:
	.asciz	"signed char"                   # string offset=98
.Linfo_string7:
	.asciz	"__s8"                          # string offset=110
.Linfo_string8:
	.asciz	"short"                         # string offset=115
.Linfo_string9:
	.asciz	"__s16"                         # string offset=121
.Linfo_string10:
	.asciz	"int"                           # string offset=127
.Linfo_string11:
	.asciz	"__s32"                         # string offset=131
.Linfo_string12:
	.asciz	"DW_ATE_signed_64"              # string offset=137
.Linfo_string13:
	.asciz	"DW_ATE_signed_32"              # string offset=154
.Linfo_string14:
	.asciz	"sext"                          # string offset=171
.Linfo_string15:
	.asciz	"skb"                           # string offset=176
.Linfo_string16:
	.asciz	"len"                           # string offset=180
.Linfo_string17:
	.asciz	"unsigned int"                  # string offset=184
.Linfo_string18:
	.asciz	"__u32"                         # string offset=197
.Linfo_string19:
	.asciz	"pkt_type"                      # string offset=203
.Linfo_string20:
	.asciz	"mark"                          # string offset=212
.Linfo_string21:
	.asciz	"queue_mapping"                 # string offset=217
.Linfo_string22:
	.asciz	"protocol"                      # string offset=231
.Linfo_string23:
	.asciz	"vlan_present"                  # string offset=240
.Linfo_string24:
	.asciz	"vlan_tci"                      # string offset=253
.Linfo_string25:
	.asciz	"vlan_proto"                    # string offset=262
.Linfo_string26:
	.asciz	"priority"                      # string offset=273
.Linfo_string27:
	.asciz	"ingress_ifindex"               # string offset=282
.Linfo_string28:
	.asciz	"ifindex"                       # string offset=298
.Linfo_string29:
	.asciz	"tc_index"                      # string offset=306
.Linfo_string30:
	.asciz	"cb"                            # string offset=315
.Linfo_string31:
	.asciz	"hash"                          # string offset=318
.Linfo_string32:
	.asciz	"tc_classid"                    # string offset=323
.Linfo_string33:
	.asciz	"data"                          # string offset=334
.Linfo_string34:
	.asciz	"data_end"                      # string offset=339
.Linfo_string35:
	.asciz	"__sk_buff"                     # string offset=348
.Linfo_string36:
	.asciz	"p"                             # string offset=358
.Linfo_string37:
	.asciz	"q"                             # string offset=360
.Linfo_string38:
	.asciz	"x"                             # string offset=362
.Linfo_string39:
	.asciz	"long"                          # string offset=364
.Linfo_string40:
	.asciz	"y"                             # string offset=369
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
	.long	.Linfo_string39
	.long	.Linfo_string40
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
	.long	265
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
	.long	243                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 11)
	.long	50331648                        # 0x3000000
	.long	0
	.long	10
	.long	6
	.long	4
	.long	248                             # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	11
	.long	1
	.long	257                             # BTF_KIND_DATASEC(id = 13)
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
	.ascii	"sext"                          # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=212
	.byte	0
	.ascii	"/src/15_v4_signed_ext.c"       # string offset=219
	.byte	0
	.ascii	"char"                          # string offset=243
	.byte	0
	.ascii	"_license"                      # string offset=248
	.byte	0
	.ascii	"license"                       # string offset=257
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	316
	.long	336
	.long	0
	.long	8                               # FuncInfo
	.long	212                             # FuncInfo section string offset=212
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	16                              # LineInfo
	.long	212                             # LineInfo section string offset=212
	.long	19
	.long	.Ltmp0
	.long	219
	.long	0
	.long	5132                            # Line 5 Col 12
	.long	.Ltmp1
	.long	219
	.long	0
	.long	5137                            # Line 5 Col 17
	.long	.Ltmp2
	.long	219
	.long	0
	.long	5135                            # Line 5 Col 15
	.long	.Ltmp3
	.long	219
	.long	0
	.long	5149                            # Line 5 Col 29
	.long	.Ltmp4
	.long	219
	.long	0
	.long	5140                            # Line 5 Col 20
	.long	.Ltmp5
	.long	219
	.long	0
	.long	5132                            # Line 5 Col 12
	.long	.Ltmp8
	.long	219
	.long	0
	.long	7194                            # Line 7 Col 26
	.long	.Ltmp9
	.long	219
	.long	0
	.long	7198                            # Line 7 Col 30
	.long	.Ltmp10
	.long	219
	.long	0
	.long	7186                            # Line 7 Col 18
	.long	.Ltmp11
	.long	219
	.long	0
	.long	7219                            # Line 7 Col 51
	.long	.Ltmp14
	.long	219
	.long	0
	.long	7178                            # Line 7 Col 10
	.long	.Ltmp15
	.long	219
	.long	0
	.long	6167                            # Line 6 Col 23
	.long	.Ltmp16
	.long	219
	.long	0
	.long	6156                            # Line 6 Col 12
	.long	.Ltmp17
	.long	219
	.long	0
	.long	6186                            # Line 6 Col 42
	.long	.Ltmp20
	.long	219
	.long	0
	.long	6174                            # Line 6 Col 30
	.long	.Ltmp21
	.long	219
	.long	0
	.long	6172                            # Line 6 Col 28
	.long	.Ltmp24
	.long	219
	.long	0
	.long	7207                            # Line 7 Col 39
	.long	.Ltmp27
	.long	219
	.long	0
	.long	7212                            # Line 7 Col 44
	.long	.Ltmp28
	.long	219
	.long	0
	.long	7171                            # Line 7 Col 3
	.addrsig
	.addrsig_sym sext
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
