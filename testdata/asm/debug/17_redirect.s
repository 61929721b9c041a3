	.text
	.file	"17_redirect.c"
	.file	0 "/src" "17_redirect.c" md5 0x82d70b8c33c214b719af45915a42cba6
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	xdp,"ax",@progbits
	.globl	redirect                        # -- Begin function redirect
	.p2align	3
	.type	redirect,@function
redirect:                               # @redirect
.Lfunc_begin0:
	.loc	0 3 0                           # 17_redirect.c:3:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	w1 = 0
.Ltmp0:
	.loc	0 4 9 prologue_end              # 17_redirect.c:4:9
.Ltmp1:
.Ltmp2:
	*(u32 *)(r10 - 4) = w1
	r2 = r10
	r2 += -4
	.loc	0 5 20                          # 17_redirect.c:5:20
.Ltmp3:
	r1 = cfg ll
	call 1
.Ltmp4:
	r1 = r0
.Ltmp5:
.Ltmp6:
	#DEBUG_VALUE: redirect:ifindex <- $r1
	.loc	0 0 20 is_stmt 0                # 17_redirect.c:0:20
	w0 = 2
.Ltmp7:
	.loc	0 6 16 is_stmt 1                # 17_redirect.c:6:16
.Ltmp8:
.Ltmp9:
	if r1 == 0 goto LBB0_3
.Ltmp10:
.Ltmp11:
# %bb.1:
	#DEBUG_VALUE: redirect:ifindex <- $r1
	.loc	0 6 20 is_stmt 0                # 17_redirect.c:6:20
.Ltmp12:
	w1 = *(u32 *)(r1 + 0)
.Ltmp13:
.Ltmp14:
	.loc	0 6 7                           # 17_redirect.c:6:7
.Ltmp15:
	if w1 == 0 goto LBB0_3
# %bb.2:
	.loc	0 7 10 is_stmt 1                # 17_redirect.c:7:10
.Ltmp16:
	r2 = 0
	call 23
.Ltmp17:
LBB0_3:
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 8 1                           # 17_redirect.c:8:1
.Ltmp18:
	exit
.Ltmp19:
.Ltmp20:
.Lfunc_end0:
	.size	redirect, .Lfunc_end0-redirect
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	cfg,@object                     # @cfg
	.section	.maps,"aw",@progbits
	.globl	cfg
	.p2align	3, 0x0
cfg:
	.zero	32
	.size	cfg, 32

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
	.uleb128 .Ltmp5-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp13-.Lfunc_begin0          #   ending offset
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
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x166 DW_TAG_compile_unit
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
	.byte	2                               # DW_AT_count
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
	.byte	1                               # DW_AT_count
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
	.byte	16                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xba:0x5 DW_TAG_pointer_type
	.long	191                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xbf:0x10 DW_TAG_subroutine_type
	.long	207                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xc4:0x5 DW_TAG_formal_parameter
	.long	207                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xc9:0x5 DW_TAG_formal_parameter
	.long	208                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xcf:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xd0:0x5 DW_TAG_pointer_type
	.long	213                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xd5:0x1 DW_TAG_const_type
	.byte	11                              # Abbrev [11] 0xd6:0x9 DW_TAG_variable
	.byte	15                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	23                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xdf:0x5 DW_TAG_pointer_type
	.long	228                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xe4:0x10 DW_TAG_subroutine_type
	.long	244                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xe9:0x5 DW_TAG_formal_parameter
	.long	165                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xee:0x5 DW_TAG_formal_parameter
	.long	248                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xf4:0x4 DW_TAG_base_type
	.byte	16                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0xf8:0x8 DW_TAG_typedef
	.long	256                             # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x100:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	16                              # Abbrev [16] 0x104:0x2c DW_TAG_subprogram
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
	.byte	17                              # Abbrev [17] 0x113:0x8 DW_TAG_formal_parameter
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	304                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x11b:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x126:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	160                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x130:0x5 DW_TAG_pointer_type
	.long	309                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x135:0x3c DW_TAG_structure_type
	.byte	29                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x13a:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x143:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x14c:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x155:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x15e:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x167:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	124                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"17_redirect.c"                 # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=54
.Linfo_string3:
	.asciz	"_license"                      # string offset=59
.Linfo_string4:
	.asciz	"char"                          # string offset=68
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=73
.Linfo_string6:
	.asciz	"cfg"                           # string offset=93
.Linfo_string7:
	.asciz	"type"                          # string offset=97
.Linfo_string8:
	.asciz	"int"                           # string offset=102
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=106
.Linfo_string10:
	.asciz	"key"                           # string offset=118
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=122
.Linfo_string12:
	.asciz	"__u32"                         # string offset=135
.Linfo_string13:
	.asciz	"value"                         # string offset=141
.Linfo_string14:
	.asciz	"bpf_map_lookup_elem"           # string offset=147
.Linfo_string15:
	.asciz	"bpf_redirect"                  # string offset=167
.Linfo_string16:
	.asciz	"long"                          # string offset=180
.Linfo_string17:
	.asciz	"unsigned long long"            # string offset=185
.Linfo_string18:
	.asciz	"__u64"                         # string offset=204
.Linfo_string19:
	.asciz	"redirect"                      # string offset=210
.Linfo_string20:
	.asciz	"zero"                          # string offset=219
.Linfo_string21:
	.asciz	"ifindex"                       # string offset=224
.Linfo_string22:
	.asciz	"ctx"                           # string offset=232
.Linfo_string23:
	.asciz	"data"                          # string offset=236
.Linfo_string24:
	.asciz	"data_end"                      # string offset=241
.Linfo_string25:
	.asciz	"data_meta"                     # string offset=250
.Linfo_string26:
	.asciz	"ingress_ifindex"               # string offset=260
.Linfo_string27:
	.asciz	"rx_queue_index"                # string offset=276
.Linfo_string28:
	.asciz	"egress_ifindex"                # string offset=291
.Linfo_string29:
	.asciz	"xdp_md"                        # string offset=306
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	cfg
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	452
	.long	452
	.long	216
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
	.long	2
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
	.long	1
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
	.long	67108870                        # 0x4000006
	.long	24
	.long	82
	.long	8
	.long	0                               # 0x0
	.long	87
	.long	8
	.long	32                              # 0x20
	.long	96
	.long	8
	.long	64                              # 0x40
	.long	106
	.long	8
	.long	96                              # 0x60
	.long	122
	.long	8
	.long	128                             # 0x80
	.long	137
	.long	8
	.long	160                             # 0xa0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 14)
	.long	218103809                       # 0xd000001
	.long	2
	.long	152
	.long	12
	.long	156                             # BTF_KIND_FUNC(id = 15)
	.long	201326593                       # 0xc000001
	.long	14
	.long	188                             # BTF_KIND_INT(id = 16)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 17)
	.long	50331648                        # 0x3000000
	.long	0
	.long	16
	.long	4
	.long	4
	.long	193                             # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	17
	.long	1
	.long	202                             # BTF_KIND_DATASEC(id = 19)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	cfg
	.long	32
	.long	208                             # BTF_KIND_DATASEC(id = 20)
	.long	251658241                       # 0xf000001
	.long	0
	.long	18
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
	.ascii	"cfg"                           # string offset=71
	.byte	0
	.ascii	"xdp_md"                        # string offset=75
	.byte	0
	.ascii	"data"                          # string offset=82
	.byte	0
	.ascii	"data_end"                      # string offset=87
	.byte	0
	.ascii	"data_meta"                     # string offset=96
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=106
	.byte	0
	.ascii	"rx_queue_index"                # string offset=122
	.byte	0
	.ascii	"egress_ifindex"                # string offset=137
	.byte	0
	.ascii	"ctx"                           # string offset=152
	.byte	0
	.ascii	"redirect"                      # string offset=156
	.byte	0
	.ascii	"xdp"                           # string offset=165
	.byte	0
	.ascii	"/src/17_redirect.c"            # string offset=169
	.byte	0
	.ascii	"char"                          # string offset=188
	.byte	0
	.ascii	"_license"                      # string offset=193
	.byte	0
	.ascii	".maps"                         # string offset=202
	.byte	0
	.ascii	"license"                       # string offset=208
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	140
	.long	160
	.long	0
	.long	8                               # FuncInfo
	.long	165                             # FuncInfo section string offset=165
	.long	1
	.long	.Lfunc_begin0
	.long	15
	.long	16                              # LineInfo
	.long	165                             # LineInfo section string offset=165
	.long	8
	.long	.Lfunc_begin0
	.long	169
	.long	0
	.long	3072                            # Line 3 Col 0
	.long	.Ltmp2
	.long	169
	.long	0
	.long	4105                            # Line 4 Col 9
	.long	.Ltmp3
	.long	169
	.long	0
	.long	5140                            # Line 5 Col 20
	.long	.Ltmp9
	.long	169
	.long	0
	.long	6160                            # Line 6 Col 16
	.long	.Ltmp12
	.long	169
	.long	0
	.long	6164                            # Line 6 Col 20
	.long	.Ltmp15
	.long	169
	.long	0
	.long	6151                            # Line 6 Col 7
	.long	.Ltmp16
	.long	169
	.long	0
	.long	7178                            # Line 7 Col 10
	.long	.Ltmp18
	.long	169
	.long	0
	.long	8193                            # Line 8 Col 1
	.addrsig
	.addrsig_sym redirect
	.addrsig_sym _license
	.addrsig_sym cfg
	.section	.debug_line,"",@progbits
.Lline_table_start0:
