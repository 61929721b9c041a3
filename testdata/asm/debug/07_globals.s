	.text
	.file	"07_globals.c"
	.file	0 "/src" "07_globals.c" md5 0x279830dfb36e0b99ffbbcbac8f40efd7
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	globals                         # -- Begin function globals
	.p2align	3
	.type	globals,@function
globals:                                # @globals
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: globals:skb <- $r1
	.loc	0 6 18 prologue_end             # 07_globals.c:6:18
.Ltmp0:
	w1 = *(u32 *)(r1 + 0)
.Ltmp1:
.Ltmp2:
	.loc	0 6 10 is_stmt 0                # 07_globals.c:6:10
.Ltmp3:
	r2 = hidden ll
	w0 = *(u32 *)(r2 + 0)
	w0 += w1
	*(u32 *)(r2 + 0) = w0
	.loc	0 8 20 is_stmt 1                # 07_globals.c:8:20
.Ltmp4:
	r1 = limit ll
	w3 = *(u32 *)(r1 + 0)
	.loc	0 7 10                          # 07_globals.c:7:10
.Ltmp5:
	r1 = counter ll
	w2 = *(u32 *)(r1 + 0)
	w2 += 1
	.loc	0 8 10                          # 07_globals.c:8:10
.Ltmp6:
	if w2 s< w3 goto LBB0_2
# %bb.1:
	.loc	0 0 10 is_stmt 0                # 07_globals.c:0:10
	w0 = 0
LBB0_2:
	.loc	0 7 10 is_stmt 1                # 07_globals.c:7:10
.Ltmp7:
	*(u32 *)(r1 + 0) = w2
	.loc	0 8 3                           # 07_globals.c:8:3
.Ltmp8:
	exit
.Ltmp9:
.Ltmp10:
.Lfunc_end0:
	.size	globals, .Lfunc_end0-globals
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	counter,@object                 # @counter
	.data
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	7                               # 0x7
	.size	counter, 4

	.type	limit,@object                   # @limit
	.section	.rodata,"a",@progbits
	.globl	limit
	.p2align	2, 0x0
limit:
	.long	100                             # 0x64
	.size	limit, 4

	.type	hidden,@object                  # @hidden
	.local	hidden
	.comm	hidden,4,4
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
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp1-.Lfunc_begin0           #   ending offset
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
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
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
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x13f DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	4                               # DW_AT_low_pc
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
	.byte	5                               # Abbrev [5] 0x51:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x55:0xb DW_TAG_variable
	.byte	8                               # DW_AT_name
	.long	96                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	7                               # Abbrev [7] 0x60:0x5 DW_TAG_const_type
	.long	101                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x65:0x5 DW_TAG_volatile_type
	.long	81                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x6a:0xb DW_TAG_variable
	.byte	9                               # DW_AT_name
	.long	81                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	10                              # Abbrev [10] 0x75:0x19 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	11                              # Abbrev [11] 0x84:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	142                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x8e:0x5 DW_TAG_pointer_type
	.long	147                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x93:0x9f DW_TAG_structure_type
	.byte	31                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	14                              # Abbrev [14] 0x98:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xa1:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xaa:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xb3:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xbc:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xc5:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xce:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xd7:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xe0:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xe9:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xf2:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0xfb:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0x104:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	318                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0x10d:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0x116:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0x11f:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	14                              # Abbrev [14] 0x128:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	306                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x132:0x8 DW_TAG_typedef
	.long	314                             # DW_AT_type
	.byte	14                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x13a:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x13e:0xc DW_TAG_array_type
	.long	306                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x143:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	132                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"07_globals.c"                  # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=53
.Linfo_string3:
	.asciz	"_license"                      # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"counter"                       # string offset=92
.Linfo_string7:
	.asciz	"int"                           # string offset=100
.Linfo_string8:
	.asciz	"limit"                         # string offset=104
.Linfo_string9:
	.asciz	"hidden"                        # string offset=110
.Linfo_string10:
	.asciz	"globals"                       # string offset=117
.Linfo_string11:
	.asciz	"skb"                           # string offset=125
.Linfo_string12:
	.asciz	"len"                           # string offset=129
.Linfo_string13:
	.asciz	"unsigned int"                  # string offset=133
.Linfo_string14:
	.asciz	"__u32"                         # string offset=146
.Linfo_string15:
	.asciz	"pkt_type"                      # string offset=152
.Linfo_string16:
	.asciz	"mark"                          # string offset=161
.Linfo_string17:
	.asciz	"queue_mapping"                 # string offset=166
.Linfo_string18:
	.asciz	"protocol"                      # string offset=180
.Linfo_string19:
	.asciz	"vlan_present"                  # string offset=189
.Linfo_string20:
	.asciz	"vlan_tci"                      # string offset=202
.Linfo_string21:
	.asciz	"vlan_proto"                    # string offset=211
.Linfo_string22:
	.asciz	"priority"                      # string offset=222
.Linfo_string23:
	.asciz	"ingress_ifindex"               # string offset=231
.Linfo_string24:
	.asciz	"ifindex"                       # string offset=247
.Linfo_string25:
	.asciz	"tc_index"                      # string offset=255
.Linfo_string26:
	.asciz	"cb"                            # string offset=264
.Linfo_string27:
	.asciz	"hash"                          # string offset=267
.Linfo_string28:
	.asciz	"tc_classid"                    # string offset=272
.Linfo_string29:
	.asciz	"data"                          # string offset=283
.Linfo_string30:
	.asciz	"data_end"                      # string offset=288
.Linfo_string31:
	.asciz	"__sk_buff"                     # string offset=297
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
	.quad	counter
	.quad	limit
	.quad	hidden
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	568
	.long	568
	.long	302
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
	.long	240                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 11)
	.long	50331648                        # 0x3000000
	.long	0
	.long	10
	.long	6
	.long	4
	.long	245                             # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	11
	.long	1
	.long	254                             # BTF_KIND_VAR(id = 13)
	.long	234881024                       # 0xe000000
	.long	8
	.long	1
	.long	0                               # BTF_KIND_CONST(id = 14)
	.long	167772160                       # 0xa000000
	.long	15
	.long	0                               # BTF_KIND_VOLATILE(id = 15)
	.long	150994944                       # 0x9000000
	.long	8
	.long	262                             # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	268                             # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	8
	.long	0
	.long	275                             # BTF_KIND_DATASEC(id = 18)
	.long	251658241                       # 0xf000001
	.long	0
	.long	17
	.long	hidden
	.long	4
	.long	280                             # BTF_KIND_DATASEC(id = 19)
	.long	251658241                       # 0xf000001
	.long	0
	.long	13
	.long	counter
	.long	4
	.long	286                             # BTF_KIND_DATASEC(id = 20)
	.long	251658241                       # 0xf000001
	.long	0
	.long	16
	.long	limit
	.long	4
	.long	294                             # BTF_KIND_DATASEC(id = 21)
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
	.ascii	"globals"                       # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=215
	.byte	0
	.ascii	"/src/07_globals.c"             # string offset=222
	.byte	0
	.ascii	"char"                          # string offset=240
	.byte	0
	.ascii	"_license"                      # string offset=245
	.byte	0
	.ascii	"counter"                       # string offset=254
	.byte	0
	.ascii	"limit"                         # string offset=262
	.byte	0
	.ascii	"hidden"                        # string offset=268
	.byte	0
	.ascii	".bss"                          # string offset=275
	.byte	0
	.ascii	".data"                         # string offset=280
	.byte	0
	.ascii	".rodata"                       # string offset=286
	.byte	0
	.ascii	"license"                       # string offset=294
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	124
	.long	144
	.long	0
	.long	8                               # FuncInfo
	.long	215                             # FuncInfo section string offset=215
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	16                              # LineInfo
	.long	215                             # LineInfo section string offset=215
	.long	7
	.long	.Ltmp0
	.long	222
	.long	0
	.long	6162                            # Line 6 Col 18
	.long	.Ltmp3
	.long	222
	.long	0
	.long	6154                            # Line 6 Col 10
	.long	.Ltmp4
	.long	222
	.long	0
	.long	8212                            # Line 8 Col 20
	.long	.Ltmp5
	.long	222
	.long	0
	.long	7178                            # Line 7 Col 10
	.long	.Ltmp6
	.long	222
	.long	0
	.long	8202                            # Line 8 Col 10
	.long	.Ltmp7
	.long	222
	.long	0
	.long	7178                            # Line 7 Col 10
	.long	.Ltmp8
	.long	222
	.long	0
	.long	8195                            # Line 8 Col 3
	.addrsig
	.addrsig_sym globals
	.addrsig_sym _license
	.addrsig_sym limit
	.section	.debug_line,"",@progbits
.Lline_table_start0:
