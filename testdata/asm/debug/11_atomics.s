	.text
	.file	"11_atomics.c"
	.file	0 "/src" "11_atomics.c" md5 0xe0a5fe88fffa7d836be6467bf167cd93
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	atomics                         # -- Begin function atomics
	.p2align	3
	.type	atomics,@function
atomics:                                # @atomics
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: atomics:skb <- $r1
	.loc	0 5 49 prologue_end             # 11_atomics.c:5:49
.Ltmp0:
	w0 = *(u32 *)(r1 + 0)
	.loc	0 5 15 is_stmt 0                # 11_atomics.c:5:15
.Ltmp1:
	r2 = total ll
	r0 = atomic_fetch_add((u64 *)(r2 + 0), r0)
.Ltmp2:
.Ltmp3:
	#DEBUG_VALUE: atomics:old <- $r0
	.loc	0 6 44 is_stmt 1                # 11_atomics.c:6:44
.Ltmp4:
	w3 = *(u32 *)(r1 + 8)
	.loc	0 6 49 is_stmt 0                # 11_atomics.c:6:49
.Ltmp5:
	w3 &= 63
	r4 = 1
	.loc	0 6 35                          # 11_atomics.c:6:35
.Ltmp6:
	r4 <<= r3
	.loc	0 6 3                           # 11_atomics.c:6:3
.Ltmp7:
	r3 = bits ll
	lock *(u64 *)(r3 + 0) |= r4
	r4 = -3
	.loc	0 7 3 is_stmt 1                 # 11_atomics.c:7:3
.Ltmp8:
	lock *(u64 *)(r3 + 0) &= r4
	.loc	0 8 37                          # 11_atomics.c:8:37
.Ltmp9:
	w1 = *(u32 *)(r1 + 68)
.Ltmp10:
.Ltmp11:
	.loc	0 8 3 is_stmt 0                 # 11_atomics.c:8:3
.Ltmp12:
	r3 = small ll
	lock *(u32 *)(r3 + 0) ^= w1
	.loc	0 9 59 is_stmt 1                # 11_atomics.c:9:59
.Ltmp13:
	r1 = r0
	r1 += 1
	.loc	0 9 16 is_stmt 0                # 11_atomics.c:9:16
.Ltmp14:
	r3 = cmp ll
	r0 = cmpxchg_64(r3 + 0, r0, r1)
.Ltmp15:
.Ltmp16:
	#DEBUG_VALUE: atomics:prev <- $r0
	.loc	0 0 16                          # 11_atomics.c:0:16
	r1 = 0
	.loc	0 10 13 is_stmt 1               # 11_atomics.c:10:13
.Ltmp17:
	r1 = xchg_64(r2 + 0, r1)
.Ltmp18:
.Ltmp19:
	#DEBUG_VALUE: atomics:x <- $r1
	.loc	0 11 21                         # 11_atomics.c:11:21
.Ltmp20:
	w0 += w1
.Ltmp21:
.Ltmp22:
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 11 3 is_stmt 0                # 11_atomics.c:11:3
.Ltmp23:
	exit
.Ltmp24:
.Ltmp25:
.Lfunc_end0:
	.size	atomics, .Lfunc_end0-atomics
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	total,@object                   # @total
	.section	.bss,"aw",@nobits
	.globl	total
	.p2align	3, 0x0
total:
	.quad	0                               # 0x0
	.size	total, 8

	.type	bits,@object                    # @bits
	.globl	bits
	.p2align	3, 0x0
bits:
	.quad	0                               # 0x0
	.size	bits, 8

	.type	small,@object                   # @small
	.globl	small
	.p2align	2, 0x0
small:
	.long	0                               # 0x0
	.size	small, 4

	.type	cmp,@object                     # @cmp
	.globl	cmp
	.p2align	3, 0x0
cmp:
	.quad	0                               # 0x0
	.size	cmp, 8

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	4                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp15-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp15-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin0          #   starting offset
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x167 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	5                               # DW_AT_low_pc
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
	.byte	7                               # Abbrev [7] 0x51:0x8 DW_TAG_typedef
	.long	89                              # DW_AT_type
	.byte	8                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x59:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x5d:0xb DW_TAG_variable
	.byte	9                               # DW_AT_name
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	2                               # Abbrev [2] 0x68:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	2                               # Abbrev [2] 0x73:0xb DW_TAG_variable
	.byte	11                              # DW_AT_name
	.long	126                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	7                               # Abbrev [7] 0x7e:0x8 DW_TAG_typedef
	.long	134                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x86:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x8a:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x8e:0x34 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	138                             # DW_AT_type
                                        # DW_AT_external
	.byte	9                               # Abbrev [9] 0x9d:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	194                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xa6:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	35                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	81                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0xaf:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	36                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	81                              # DW_AT_type
	.byte	10                              # Abbrev [10] 0xb8:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	81                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xc2:0x5 DW_TAG_pointer_type
	.long	199                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xc7:0x9f DW_TAG_structure_type
	.byte	34                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0xcc:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xd5:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xde:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xe7:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf0:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf9:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x102:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x10b:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x114:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x11d:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x126:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x12f:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x138:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	358                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x141:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x14a:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x153:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x15c:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x166:0xc DW_TAG_array_type
	.long	126                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x16b:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	156                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"11_atomics.c"                  # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=53
.Linfo_string3:
	.asciz	"_license"                      # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"total"                         # string offset=92
.Linfo_string7:
	.asciz	"unsigned long long"            # string offset=98
.Linfo_string8:
	.asciz	"__u64"                         # string offset=117
.Linfo_string9:
	.asciz	"bits"                          # string offset=123
.Linfo_string10:
	.asciz	"cmp"                           # string offset=128
.Linfo_string11:
	.asciz	"small"                         # string offset=132
.Linfo_string12:
	.asciz	"unsigned int"                  # string offset=138
.Linfo_string13:
	.asciz	"__u32"                         # string offset=151
.Linfo_string14:
	.asciz	"int"                           # string offset=157
.Linfo_string15:
	.asciz	"atomics"                       # string offset=161
.Linfo_string16:
	.asciz	"skb"                           # string offset=169
.Linfo_string17:
	.asciz	"len"                           # string offset=173
.Linfo_string18:
	.asciz	"pkt_type"                      # string offset=177
.Linfo_string19:
	.asciz	"mark"                          # string offset=186
.Linfo_string20:
	.asciz	"queue_mapping"                 # string offset=191
.Linfo_string21:
	.asciz	"protocol"                      # string offset=205
.Linfo_string22:
	.asciz	"vlan_present"                  # string offset=214
.Linfo_string23:
	.asciz	"vlan_tci"                      # string offset=227
.Linfo_string24:
	.asciz	"vlan_proto"                    # string offset=236
.Linfo_string25:
	.asciz	"priority"                      # string offset=247
.Linfo_string26:
	.asciz	"ingress_ifindex"               # string offset=256
.Linfo_string27:
	.asciz	"ifindex"                       # string offset=272
.Linfo_string28:
	.asciz	"tc_index"                      # string offset=280
.Linfo_string29:
	.asciz	"cb"                            # string offset=289
.Linfo_string30:
	.asciz	"hash"                          # string offset=292
.Linfo_string31:
	.asciz	"tc_classid"                    # string offset=297
.Linfo_string32:
	.asciz	"data"                          # string offset=308
.Linfo_string33:
	.asciz	"data_end"                      # string offset=313
.Linfo_string34:
	.asciz	"__sk_buff"                     # string offset=322
.Linfo_string35:
	.asciz	"old"                           # string offset=332
.Linfo_string36:
	.asciz	"prev"                          # string offset=336
.Linfo_string37:
	.asciz	"x"                             # string offset=341
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	total
	.quad	bits
	.quad	cmp
	.quad	small
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	576
	.long	576
	.long	313
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
	.long	254                             # BTF_KIND_TYPEDEF(id = 13)
	.long	134217728                       # 0x8000000
	.long	14
	.long	260                             # BTF_KIND_INT(id = 14)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	279                             # BTF_KIND_VAR(id = 15)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	285                             # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	290                             # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	3
	.long	1
	.long	296                             # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	300                             # BTF_KIND_DATASEC(id = 19)
	.long	251658244                       # 0xf000004
	.long	0
	.long	15
	.long	total
	.long	8
	.long	16
	.long	bits
	.long	8
	.long	17
	.long	small
	.long	4
	.long	18
	.long	cmp
	.long	8
	.long	305                             # BTF_KIND_DATASEC(id = 20)
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
	.ascii	"atomics"                       # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=215
	.byte	0
	.ascii	"/src/11_atomics.c"             # string offset=222
	.byte	0
	.ascii	"char"                          # string offset=240
	.byte	0
	.ascii	"_license"                      # string offset=245
	.byte	0
	.ascii	"__u64"                         # string offset=254
	.byte	0
	.ascii	"unsigned long long"            # string offset=260
	.byte	0
	.ascii	"total"                         # string offset=279
	.byte	0
	.ascii	"bits"                          # string offset=285
	.byte	0
	.ascii	"small"                         # string offset=290
	.byte	0
	.ascii	"cmp"                           # string offset=296
	.byte	0
	.ascii	".bss"                          # string offset=300
	.byte	0
	.ascii	"license"                       # string offset=305
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	236
	.long	256
	.long	0
	.long	8                               # FuncInfo
	.long	215                             # FuncInfo section string offset=215
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	16                              # LineInfo
	.long	215                             # LineInfo section string offset=215
	.long	14
	.long	.Ltmp0
	.long	222
	.long	0
	.long	5169                            # Line 5 Col 49
	.long	.Ltmp1
	.long	222
	.long	0
	.long	5135                            # Line 5 Col 15
	.long	.Ltmp4
	.long	222
	.long	0
	.long	6188                            # Line 6 Col 44
	.long	.Ltmp5
	.long	222
	.long	0
	.long	6193                            # Line 6 Col 49
	.long	.Ltmp6
	.long	222
	.long	0
	.long	6179                            # Line 6 Col 35
	.long	.Ltmp7
	.long	222
	.long	0
	.long	6147                            # Line 6 Col 3
	.long	.Ltmp8
	.long	222
	.long	0
	.long	7171                            # Line 7 Col 3
	.long	.Ltmp9
	.long	222
	.long	0
	.long	8229                            # Line 8 Col 37
	.long	.Ltmp12
	.long	222
	.long	0
	.long	8195                            # Line 8 Col 3
	.long	.Ltmp13
	.long	222
	.long	0
	.long	9275                            # Line 9 Col 59
	.long	.Ltmp14
	.long	222
	.long	0
	.long	9232                            # Line 9 Col 16
	.long	.Ltmp17
	.long	222
	.long	0
	.long	10253                           # Line 10 Col 13
	.long	.Ltmp20
	.long	222
	.long	0
	.long	11285                           # Line 11 Col 21
	.long	.Ltmp23
	.long	222
	.long	0
	.long	11267                           # Line 11 Col 3
	.addrsig
	.addrsig_sym atomics
	.addrsig_sym _license
	.addrsig_sym total
	.addrsig_sym bits
	.addrsig_sym small
	.addrsig_sym cmp
	.section	.debug_line,"",@progbits
.Lline_table_start0:
