	.text
	.file	"21_percpu_lru.c"
	.file	0 "/src" "21_percpu_lru.c" md5 0xe3dbc7d71ad17bf6c108a69daa415651
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	"cgroup/skb","ax",@progbits
	.globl	cg                              # -- Begin function cg
	.p2align	3
	.type	cg,@function
cg:                                     # @cg
.Lfunc_begin0:
	.loc	0 4 0                           # 21_percpu_lru.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: cg:skb <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 5 18 prologue_end             # 21_percpu_lru.c:5:18
.Ltmp2:
	w1 = *(u32 *)(r6 + 8)
	.loc	0 5 23 is_stmt 0                # 21_percpu_lru.c:5:23
.Ltmp3:
	w1 &= 7
	.loc	0 5 9                           # 21_percpu_lru.c:5:9
.Ltmp4:
	*(u32 *)(r10 - 4) = w1
	.loc	0 5 38                          # 21_percpu_lru.c:5:38
.Ltmp5:
	w1 = *(u32 *)(r6 + 68)
	.loc	0 5 28                          # 21_percpu_lru.c:5:28
.Ltmp6:
	*(u32 *)(r10 - 8) = w1
	r2 = r10
	r2 += -4
	.loc	0 6 14 is_stmt 1                # 21_percpu_lru.c:6:14
.Ltmp7:
	r1 = pc ll
	call 1
.Ltmp8:
.Ltmp9:
	#DEBUG_VALUE: cg:v <- $r0
	.loc	0 7 7                           # 21_percpu_lru.c:7:7
.Ltmp10:
	if r0 == 0 goto LBB0_2
.Ltmp11:
.Ltmp12:
# %bb.1:
	#DEBUG_VALUE: cg:v <- $r0
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 7 21 is_stmt 0                # 21_percpu_lru.c:7:21
.Ltmp13:
	w1 = *(u32 *)(r6 + 0)
	.loc	0 7 13                          # 21_percpu_lru.c:7:13
.Ltmp14:
	r2 = *(u64 *)(r0 + 0)
	r2 += r1
	*(u64 *)(r0 + 0) = r2
.Ltmp15:
.Ltmp16:
LBB0_2:
	#DEBUG_VALUE: cg:v <- $r0
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 0 13                          # 21_percpu_lru.c:0:13
	w1 = 1
	.loc	0 8 9 is_stmt 1                 # 21_percpu_lru.c:8:9
.Ltmp17:
	*(u32 *)(r10 - 12) = w1
	r2 = r10
	r2 += -8
.Ltmp18:
	.loc	0 9 8                           # 21_percpu_lru.c:9:8
.Ltmp19:
.Ltmp20:
	r1 = lru ll
	call 1
.Ltmp21:
.Ltmp22:
	.loc	0 9 7 is_stmt 0                 # 21_percpu_lru.c:9:7
.Ltmp23:
	if r0 != 0 goto LBB0_4
.Ltmp24:
.Ltmp25:
# %bb.3:
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 0 7                           # 21_percpu_lru.c:0:7
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -12
.Ltmp26:
	.loc	0 9 40                          # 21_percpu_lru.c:9:40
.Ltmp27:
.Ltmp28:
	r1 = lru ll
	r4 = 1
	call 2
.Ltmp29:
	goto LBB0_5
.Ltmp30:
.Ltmp31:
LBB0_4:
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 0 40                          # 21_percpu_lru.c:0:40
	r2 = r10
	r2 += -8
	.loc	0 10 8 is_stmt 1                # 21_percpu_lru.c:10:8
.Ltmp32:
	r1 = lru ll
	call 3
.Ltmp33:
.Ltmp34:
LBB0_5:
	#DEBUG_VALUE: cg:skb <- $r6
	.loc	0 11 3                          # 21_percpu_lru.c:11:3
.Ltmp35:
	w0 = 1
	exit
.Ltmp36:
.Ltmp37:
.Lfunc_end0:
	.size	cg, .Lfunc_end0-cg
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	pc,@object                      # @pc
	.section	.maps,"aw",@progbits
	.globl	pc
	.p2align	3, 0x0
pc:
	.zero	32
	.size	pc, 32

	.type	lru,@object                     # @lru
	.globl	lru
	.p2align	3, 0x0
lru:
	.zero	32
	.size	lru, 32

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
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin0          #   ending offset
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
	.byte	1                               # Abbrev [1] 0xc:0x26f DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	3                               # DW_AT_low_pc
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
	.long	177                             # DW_AT_type
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
	.byte	6                               # DW_AT_count
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
	.byte	8                               # DW_AT_count
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
	.byte	9                               # Abbrev [9] 0xb1:0x5 DW_TAG_pointer_type
	.long	182                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xb6:0x8 DW_TAG_typedef
	.long	190                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xbe:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0xc2:0xb DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	205                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	7                               # Abbrev [7] 0xcd:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xd1:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	246                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xda:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	263                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xe3:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xec:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xf6:0x5 DW_TAG_pointer_type
	.long	251                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0xfb:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x100:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	9                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x107:0x5 DW_TAG_pointer_type
	.long	268                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x10c:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x111:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	128                             # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x118:0x9 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	289                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x121:0x5 DW_TAG_pointer_type
	.long	294                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x126:0x10 DW_TAG_subroutine_type
	.long	310                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x12b:0x5 DW_TAG_formal_parameter
	.long	310                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x130:0x5 DW_TAG_formal_parameter
	.long	311                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x136:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0x137:0x5 DW_TAG_pointer_type
	.long	316                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x13c:0x1 DW_TAG_const_type
	.byte	11                              # Abbrev [11] 0x13d:0x9 DW_TAG_variable
	.byte	18                              # DW_AT_name
	.long	326                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	2                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x146:0x5 DW_TAG_pointer_type
	.long	331                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x14b:0x1a DW_TAG_subroutine_type
	.long	357                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x150:0x5 DW_TAG_formal_parameter
	.long	310                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x155:0x5 DW_TAG_formal_parameter
	.long	311                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x15a:0x5 DW_TAG_formal_parameter
	.long	311                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x15f:0x5 DW_TAG_formal_parameter
	.long	182                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x165:0x4 DW_TAG_base_type
	.byte	19                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x169:0x9 DW_TAG_variable
	.byte	20                              # DW_AT_name
	.long	370                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	3                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x172:0x5 DW_TAG_pointer_type
	.long	375                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x177:0x10 DW_TAG_subroutine_type
	.long	357                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x17c:0x5 DW_TAG_formal_parameter
	.long	310                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x181:0x5 DW_TAG_formal_parameter
	.long	311                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x187:0x43 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0x196:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	458                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x19f:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	12
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1aa:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	8
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1b5:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1c0:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	44                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	177                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1ca:0x5 DW_TAG_pointer_type
	.long	463                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1cf:0x9f DW_TAG_structure_type
	.byte	43                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x1d4:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x1dd:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x1e6:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x1ef:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x1f8:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x201:0x9 DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x20a:0x9 DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x213:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x21c:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x225:0x9 DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x22e:0x9 DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x237:0x9 DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x240:0x9 DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	622                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x249:0x9 DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x252:0x9 DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x25b:0x9 DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x264:0x9 DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x26e:0xc DW_TAG_array_type
	.long	165                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x273:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	184                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"21_percpu_lru.c"               # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=56
.Linfo_string3:
	.asciz	"_license"                      # string offset=61
.Linfo_string4:
	.asciz	"char"                          # string offset=70
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=75
.Linfo_string6:
	.asciz	"pc"                            # string offset=95
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
	.asciz	"unsigned long long"            # string offset=148
.Linfo_string15:
	.asciz	"__u64"                         # string offset=167
.Linfo_string16:
	.asciz	"lru"                           # string offset=173
.Linfo_string17:
	.asciz	"bpf_map_lookup_elem"           # string offset=177
.Linfo_string18:
	.asciz	"bpf_map_update_elem"           # string offset=197
.Linfo_string19:
	.asciz	"long"                          # string offset=217
.Linfo_string20:
	.asciz	"bpf_map_delete_elem"           # string offset=222
.Linfo_string21:
	.asciz	"cg"                            # string offset=242
.Linfo_string22:
	.asciz	"k"                             # string offset=245
.Linfo_string23:
	.asciz	"ip"                            # string offset=247
.Linfo_string24:
	.asciz	"one"                           # string offset=250
.Linfo_string25:
	.asciz	"skb"                           # string offset=254
.Linfo_string26:
	.asciz	"len"                           # string offset=258
.Linfo_string27:
	.asciz	"pkt_type"                      # string offset=262
.Linfo_string28:
	.asciz	"mark"                          # string offset=271
.Linfo_string29:
	.asciz	"queue_mapping"                 # string offset=276
.Linfo_string30:
	.asciz	"protocol"                      # string offset=290
.Linfo_string31:
	.asciz	"vlan_present"                  # string offset=299
.Linfo_string32:
	.asciz	"vlan_tci"                      # string offset=312
.Linfo_string33:
	.asciz	"vlan_proto"                    # string offset=321
.Linfo_string34:
	.asciz	"priority"                      # string offset=332
.Linfo_string35:
	.asciz	"ingress_ifindex"               # string offset=341
.Linfo_string36:
	.asciz	"ifindex"                       # string offset=357
.Linfo_string37:
	.asciz	"tc_index"                      # string offset=365
.Linfo_string38:
	.asciz	"cb"                            # string offset=374
.Linfo_string39:
	.asciz	"hash"                          # string offset=377
.Linfo_string40:
	.asciz	"tc_classid"                    # string offset=382
.Linfo_string41:
	.asciz	"data"                          # string offset=393
.Linfo_string42:
	.asciz	"data_end"                      # string offset=398
.Linfo_string43:
	.asciz	"__sk_buff"                     # string offset=407
.Linfo_string44:
	.asciz	"v"                             # string offset=417
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
	.long	.Linfo_string41
	.long	.Linfo_string42
	.long	.Linfo_string43
	.long	.Linfo_string44
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	pc
	.quad	lru
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	808
	.long	808
	.long	329
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
	.long	6
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
	.long	8
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
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	44                              # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	50                              # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 13)
	.long	67108868                        # 0x4000004
	.long	32
	.long	69
	.long	1
	.long	0                               # 0x0
	.long	74
	.long	5
	.long	64                              # 0x40
	.long	86
	.long	7
	.long	128                             # 0x80
	.long	90
	.long	10
	.long	192                             # 0xc0
	.long	96                              # BTF_KIND_VAR(id = 14)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 15)
	.long	33554432                        # 0x2000000
	.long	16
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	9
	.long	0                               # BTF_KIND_PTR(id = 17)
	.long	33554432                        # 0x2000000
	.long	18
	.long	0                               # BTF_KIND_ARRAY(id = 18)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	128
	.long	0                               # BTF_KIND_STRUCT(id = 19)
	.long	67108868                        # 0x4000004
	.long	32
	.long	69
	.long	15
	.long	0                               # 0x0
	.long	74
	.long	17
	.long	64                              # 0x40
	.long	86
	.long	7
	.long	128                             # 0x80
	.long	90
	.long	7
	.long	192                             # 0xc0
	.long	99                              # BTF_KIND_VAR(id = 20)
	.long	234881024                       # 0xe000000
	.long	19
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 21)
	.long	33554432                        # 0x2000000
	.long	22
	.long	103                             # BTF_KIND_STRUCT(id = 22)
	.long	67108881                        # 0x4000011
	.long	84
	.long	113
	.long	8
	.long	0                               # 0x0
	.long	117
	.long	8
	.long	32                              # 0x20
	.long	126
	.long	8
	.long	64                              # 0x40
	.long	131
	.long	8
	.long	96                              # 0x60
	.long	145
	.long	8
	.long	128                             # 0x80
	.long	154
	.long	8
	.long	160                             # 0xa0
	.long	167
	.long	8
	.long	192                             # 0xc0
	.long	176
	.long	8
	.long	224                             # 0xe0
	.long	187
	.long	8
	.long	256                             # 0x100
	.long	196
	.long	8
	.long	288                             # 0x120
	.long	212
	.long	8
	.long	320                             # 0x140
	.long	220
	.long	8
	.long	352                             # 0x160
	.long	229
	.long	23
	.long	384                             # 0x180
	.long	232
	.long	8
	.long	544                             # 0x220
	.long	237
	.long	8
	.long	576                             # 0x240
	.long	248
	.long	8
	.long	608                             # 0x260
	.long	253
	.long	8
	.long	640                             # 0x280
	.long	0                               # BTF_KIND_ARRAY(id = 23)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	5
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 24)
	.long	218103809                       # 0xd000001
	.long	2
	.long	262
	.long	21
	.long	266                             # BTF_KIND_FUNC(id = 25)
	.long	201326593                       # 0xc000001
	.long	24
	.long	301                             # BTF_KIND_INT(id = 26)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 27)
	.long	50331648                        # 0x3000000
	.long	0
	.long	26
	.long	4
	.long	4
	.long	306                             # BTF_KIND_VAR(id = 28)
	.long	234881024                       # 0xe000000
	.long	27
	.long	1
	.long	315                             # BTF_KIND_DATASEC(id = 29)
	.long	251658242                       # 0xf000002
	.long	0
	.long	14
	.long	pc
	.long	32
	.long	20
	.long	lru
	.long	32
	.long	321                             # BTF_KIND_DATASEC(id = 30)
	.long	251658241                       # 0xf000001
	.long	0
	.long	28
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
	.ascii	"__u64"                         # string offset=44
	.byte	0
	.ascii	"unsigned long long"            # string offset=50
	.byte	0
	.ascii	"type"                          # string offset=69
	.byte	0
	.ascii	"max_entries"                   # string offset=74
	.byte	0
	.ascii	"key"                           # string offset=86
	.byte	0
	.ascii	"value"                         # string offset=90
	.byte	0
	.ascii	"pc"                            # string offset=96
	.byte	0
	.ascii	"lru"                           # string offset=99
	.byte	0
	.ascii	"__sk_buff"                     # string offset=103
	.byte	0
	.ascii	"len"                           # string offset=113
	.byte	0
	.ascii	"pkt_type"                      # string offset=117
	.byte	0
	.ascii	"mark"                          # string offset=126
	.byte	0
	.ascii	"queue_mapping"                 # string offset=131
	.byte	0
	.ascii	"protocol"                      # string offset=145
	.byte	0
	.ascii	"vlan_present"                  # string offset=154
	.byte	0
	.ascii	"vlan_tci"                      # string offset=167
	.byte	0
	.ascii	"vlan_proto"                    # string offset=176
	.byte	0
	.ascii	"priority"                      # string offset=187
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=196
	.byte	0
	.ascii	"ifindex"                       # string offset=212
	.byte	0
	.ascii	"tc_index"                      # string offset=220
	.byte	0
	.ascii	"cb"                            # string offset=229
	.byte	0
	.ascii	"hash"                          # string offset=232
	.byte	0
	.ascii	"tc_classid"                    # string offset=237
	.byte	0
	.ascii	"data"                          # string offset=248
	.byte	0
	.ascii	"data_end"                      # string offset=253
	.byte	0
	.ascii	"skb"                           # string offset=262
	.byte	0
	.ascii	"cg"                            # string offset=266
	.byte	0
	.ascii	"cgroup/skb"                    # string offset=269
	.byte	0
	.ascii	"/src/21_percpu_lru.c"          # string offset=280
	.byte	0
	.ascii	"char"                          # string offset=301
	.byte	0
	.ascii	"_license"                      # string offset=306
	.byte	0
	.ascii	".maps"                         # string offset=315
	.byte	0
	.ascii	"license"                       # string offset=321
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	268
	.long	288
	.long	0
	.long	8                               # FuncInfo
	.long	269                             # FuncInfo section string offset=269
	.long	1
	.long	.Lfunc_begin0
	.long	25
	.long	16                              # LineInfo
	.long	269                             # LineInfo section string offset=269
	.long	16
	.long	.Lfunc_begin0
	.long	280
	.long	0
	.long	4096                            # Line 4 Col 0
	.long	.Ltmp2
	.long	280
	.long	0
	.long	5138                            # Line 5 Col 18
	.long	.Ltmp3
	.long	280
	.long	0
	.long	5143                            # Line 5 Col 23
	.long	.Ltmp4
	.long	280
	.long	0
	.long	5129                            # Line 5 Col 9
	.long	.Ltmp5
	.long	280
	.long	0
	.long	5158                            # Line 5 Col 38
	.long	.Ltmp6
	.long	280
	.long	0
	.long	5148                            # Line 5 Col 28
	.long	.Ltmp7
	.long	280
	.long	0
	.long	6158                            # Line 6 Col 14
	.long	.Ltmp10
	.long	280
	.long	0
	.long	7175                            # Line 7 Col 7
	.long	.Ltmp13
	.long	280
	.long	0
	.long	7189                            # Line 7 Col 21
	.long	.Ltmp14
	.long	280
	.long	0
	.long	7181                            # Line 7 Col 13
	.long	.Ltmp17
	.long	280
	.long	0
	.long	8201                            # Line 8 Col 9
	.long	.Ltmp20
	.long	280
	.long	0
	.long	9224                            # Line 9 Col 8
	.long	.Ltmp23
	.long	280
	.long	0
	.long	9223                            # Line 9 Col 7
	.long	.Ltmp28
	.long	280
	.long	0
	.long	9256                            # Line 9 Col 40
	.long	.Ltmp32
	.long	280
	.long	0
	.long	10248                           # Line 10 Col 8
	.long	.Ltmp35
	.long	280
	.long	0
	.long	11267                           # Line 11 Col 3
	.addrsig
	.addrsig_sym cg
	.addrsig_sym _license
	.addrsig_sym pc
	.addrsig_sym lru
	.section	.debug_line,"",@progbits
.Lline_table_start0:
