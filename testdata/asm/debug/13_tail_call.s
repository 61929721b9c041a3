	.text
	.file	"13_tail_call.c"
	.file	0 "/src" "13_tail_call.c" md5 0xf09b0055dd4326907ad8451c93bf154e
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	stage1                          # -- Begin function stage1
	.p2align	3
	.type	stage1,@function
stage1:                                 # @stage1
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: stage1:skb <- $r1
	.loc	0 3 51 prologue_end             # 13_tail_call.c:3:51
.Ltmp0:
	r2 = jmp ll
	w3 = 1
	call 12
.Ltmp1:
.Ltmp2:
	.loc	0 3 80 is_stmt 0                # 13_tail_call.c:3:80
.Ltmp3:
	w0 = 1
	exit
.Ltmp4:
.Ltmp5:
.Lfunc_end0:
	.size	stage1, .Lfunc_end0-stage1
	.cfi_endproc
                                        # -- End function
	.globl	stage2                          # -- Begin function stage2
	.p2align	3
	.type	stage2,@function
stage2:                                 # @stage2
.Lfunc_begin1:
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: stage2:skb <- $r1
	.loc	0 4 81 prologue_end is_stmt 1   # 13_tail_call.c:4:81
.Ltmp6:
	w3 = *(u32 *)(r1 + 8)
	.loc	0 4 86 is_stmt 0                # 13_tail_call.c:4:86
.Ltmp7:
	w3 &= 3
	.loc	0 4 51                          # 13_tail_call.c:4:51
.Ltmp8:
	r2 = jmp ll
	call 12
.Ltmp9:
.Ltmp10:
	.loc	0 4 92                          # 13_tail_call.c:4:92
.Ltmp11:
	w0 = 2
	exit
.Ltmp12:
.Ltmp13:
.Lfunc_end1:
	.size	stage2, .Lfunc_end1-stage2
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	jmp,@object                     # @jmp
	.section	.maps,"aw",@progbits
	.globl	jmp
	.p2align	3, 0x0
jmp:
	.zero	32
	.size	jmp, 32

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	2                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp1-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin0           #   ending offset
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
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x1b0 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin0       # DW_AT_high_pc
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
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x70:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	160                             # DW_AT_type
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
	.byte	3                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x8b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x8f:0x5 DW_TAG_pointer_type
	.long	148                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x94:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x99:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa0:0x5 DW_TAG_pointer_type
	.long	165                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xa5:0x8 DW_TAG_typedef
	.long	173                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xad:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xb1:0x9 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	186                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	12                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xba:0x5 DW_TAG_pointer_type
	.long	191                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xbf:0x15 DW_TAG_subroutine_type
	.long	212                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xc4:0x5 DW_TAG_formal_parameter
	.long	216                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xc9:0x5 DW_TAG_formal_parameter
	.long	216                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xce:0x5 DW_TAG_formal_parameter
	.long	165                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xd4:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0xd8:0x1 DW_TAG_pointer_type
	.byte	15                              # Abbrev [15] 0xd9:0x19 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0xe8:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	267                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0xf2:0x19 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0x101:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	267                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x10b:0x5 DW_TAG_pointer_type
	.long	272                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x110:0x9f DW_TAG_structure_type
	.byte	36                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x115:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x11e:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x127:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x130:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x139:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x142:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x14b:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x154:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x15d:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x166:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x16f:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x178:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x181:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	431                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x18a:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x193:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x19c:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x1a5:0x9 DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x1af:0xc DW_TAG_array_type
	.long	165                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x1b4:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
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
	.asciz	"13_tail_call.c"                # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=55
.Linfo_string3:
	.asciz	"_license"                      # string offset=60
.Linfo_string4:
	.asciz	"char"                          # string offset=69
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=74
.Linfo_string6:
	.asciz	"jmp"                           # string offset=94
.Linfo_string7:
	.asciz	"type"                          # string offset=98
.Linfo_string8:
	.asciz	"int"                           # string offset=103
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=107
.Linfo_string10:
	.asciz	"key"                           # string offset=119
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=123
.Linfo_string12:
	.asciz	"__u32"                         # string offset=136
.Linfo_string13:
	.asciz	"value"                         # string offset=142
.Linfo_string14:
	.asciz	"bpf_tail_call"                 # string offset=148
.Linfo_string15:
	.asciz	"long"                          # string offset=162
.Linfo_string16:
	.asciz	"stage1"                        # string offset=167
.Linfo_string17:
	.asciz	"stage2"                        # string offset=174
.Linfo_string18:
	.asciz	"skb"                           # string offset=181
.Linfo_string19:
	.asciz	"len"                           # string offset=185
.Linfo_string20:
	.asciz	"pkt_type"                      # string offset=189
.Linfo_string21:
	.asciz	"mark"                          # string offset=198
.Linfo_string22:
	.asciz	"queue_mapping"                 # string offset=203
.Linfo_string23:
	.asciz	"protocol"                      # string offset=217
.Linfo_string24:
	.asciz	"vlan_present"                  # string offset=226
.Linfo_string25:
	.asciz	"vlan_tci"                      # string offset=239
.Linfo_string26:
	.asciz	"vlan_proto"                    # string offset=248
.Linfo_string27:
	.asciz	"priority"                      # string offset=259
.Linfo_string28:
	.asciz	"ingress_ifindex"               # string offset=268
.Linfo_string29:
	.asciz	"ifindex"                       # string offset=284
.Linfo_string30:
	.asciz	"tc_index"                      # string offset=292
.Linfo_string31:
	.asciz	"cb"                            # string offset=301
.Linfo_string32:
	.asciz	"hash"                          # string offset=304
.Linfo_string33:
	.asciz	"tc_classid"                    # string offset=309
.Linfo_string34:
	.asciz	"data"                          # string offset=320
.Linfo_string35:
	.asciz	"data_end"                      # string offset=325
.Linfo_string36:
	.asciz	"__sk_buff"                     # string offset=334
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
	.quad	jmp
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	640
	.long	640
	.long	307
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
	.long	3
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
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	31                              # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_STRUCT(id = 10)
	.long	67108868                        # 0x4000004
	.long	32
	.long	44
	.long	1
	.long	0                               # 0x0
	.long	49
	.long	5
	.long	64                              # 0x40
	.long	61
	.long	7
	.long	128                             # 0x80
	.long	65
	.long	7
	.long	192                             # 0xc0
	.long	71                              # BTF_KIND_VAR(id = 11)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 12)
	.long	33554432                        # 0x2000000
	.long	13
	.long	75                              # BTF_KIND_STRUCT(id = 13)
	.long	67108881                        # 0x4000011
	.long	84
	.long	85
	.long	8
	.long	0                               # 0x0
	.long	89
	.long	8
	.long	32                              # 0x20
	.long	98
	.long	8
	.long	64                              # 0x40
	.long	103
	.long	8
	.long	96                              # 0x60
	.long	117
	.long	8
	.long	128                             # 0x80
	.long	126
	.long	8
	.long	160                             # 0xa0
	.long	139
	.long	8
	.long	192                             # 0xc0
	.long	148
	.long	8
	.long	224                             # 0xe0
	.long	159
	.long	8
	.long	256                             # 0x100
	.long	168
	.long	8
	.long	288                             # 0x120
	.long	184
	.long	8
	.long	320                             # 0x140
	.long	192
	.long	8
	.long	352                             # 0x160
	.long	201
	.long	14
	.long	384                             # 0x180
	.long	204
	.long	8
	.long	544                             # 0x220
	.long	209
	.long	8
	.long	576                             # 0x240
	.long	220
	.long	8
	.long	608                             # 0x260
	.long	225
	.long	8
	.long	640                             # 0x280
	.long	0                               # BTF_KIND_ARRAY(id = 14)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	5
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 15)
	.long	218103809                       # 0xd000001
	.long	2
	.long	234
	.long	12
	.long	238                             # BTF_KIND_FUNC(id = 16)
	.long	201326593                       # 0xc000001
	.long	15
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 17)
	.long	218103809                       # 0xd000001
	.long	2
	.long	234
	.long	12
	.long	272                             # BTF_KIND_FUNC(id = 18)
	.long	201326593                       # 0xc000001
	.long	17
	.long	279                             # BTF_KIND_INT(id = 19)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 20)
	.long	50331648                        # 0x3000000
	.long	0
	.long	19
	.long	4
	.long	4
	.long	284                             # BTF_KIND_VAR(id = 21)
	.long	234881024                       # 0xe000000
	.long	20
	.long	1
	.long	293                             # BTF_KIND_DATASEC(id = 22)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	jmp
	.long	32
	.long	299                             # BTF_KIND_DATASEC(id = 23)
	.long	251658241                       # 0xf000001
	.long	0
	.long	21
	.long	_license
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u32"                         # string offset=25
	.byte	0
	.ascii	"unsigned int"                  # string offset=31
	.byte	0
	.ascii	"type"                          # string offset=44
	.byte	0
	.ascii	"max_entries"                   # string offset=49
	.byte	0
	.ascii	"key"                           # string offset=61
	.byte	0
	.ascii	"value"                         # string offset=65
	.byte	0
	.ascii	"jmp"                           # string offset=71
	.byte	0
	.ascii	"__sk_buff"                     # string offset=75
	.byte	0
	.ascii	"len"                           # string offset=85
	.byte	0
	.ascii	"pkt_type"                      # string offset=89
	.byte	0
	.ascii	"mark"                          # string offset=98
	.byte	0
	.ascii	"queue_mapping"                 # string offset=103
	.byte	0
	.ascii	"protocol"                      # string offset=117
	.byte	0
	.ascii	"vlan_present"                  # string offset=126
	.byte	0
	.ascii	"vlan_tci"                      # string offset=139
	.byte	0
	.ascii	"vlan_proto"                    # string offset=148
	.byte	0
	.ascii	"priority"                      # string offset=159
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=168
	.byte	0
	.ascii	"ifindex"                       # string offset=184
	.byte	0
	.ascii	"tc_index"                      # string offset=192
	.byte	0
	.ascii	"cb"                            # string offset=201
	.byte	0
	.ascii	"hash"                          # string offset=204
	.byte	0
	.ascii	"tc_classid"                    # string offset=209
	.byte	0
	.ascii	"data"                          # string offset=220
	.byte	0
	.ascii	"data_end"                      # string offset=225
	.byte	0
	.ascii	"skb"                           # string offset=234
	.byte	0
	.ascii	"stage1"                        # string offset=238
	.byte	0
	.ascii	"socket"                        # string offset=245
	.byte	0
	.ascii	"/src/13_tail_call.c"           # string offset=252
	.byte	0
	.ascii	"stage2"                        # string offset=272
	.byte	0
	.ascii	"char"                          # string offset=279
	.byte	0
	.ascii	"_license"                      # string offset=284
	.byte	0
	.ascii	".maps"                         # string offset=293
	.byte	0
	.ascii	"license"                       # string offset=299
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	28
	.long	28
	.long	108
	.long	136
	.long	0
	.long	8                               # FuncInfo
	.long	245                             # FuncInfo section string offset=245
	.long	2
	.long	.Lfunc_begin0
	.long	16
	.long	.Lfunc_begin1
	.long	18
	.long	16                              # LineInfo
	.long	245                             # LineInfo section string offset=245
	.long	6
	.long	.Ltmp0
	.long	252
	.long	0
	.long	3123                            # Line 3 Col 51
	.long	.Ltmp3
	.long	252
	.long	0
	.long	3152                            # Line 3 Col 80
	.long	.Ltmp6
	.long	252
	.long	0
	.long	4177                            # Line 4 Col 81
	.long	.Ltmp7
	.long	252
	.long	0
	.long	4182                            # Line 4 Col 86
	.long	.Ltmp8
	.long	252
	.long	0
	.long	4147                            # Line 4 Col 51
	.long	.Ltmp11
	.long	252
	.long	0
	.long	4188                            # Line 4 Col 92
	.addrsig
	.addrsig_sym stage1
	.addrsig_sym stage2
	.addrsig_sym _license
	.addrsig_sym jmp
	.section	.debug_line,"",@progbits
.Lline_table_start0:
