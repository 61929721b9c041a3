	.text
	.file	"24_gotol.c"
	.file	0 "/src" "24_gotol.c" md5 0x4980aa4c3b03df92687b3d50c8f2409b
	.file	1 "." "common.h" md5 0xc2430b241c4186bf2a2b2c8e151c3ab9
	.section	socket,"ax",@progbits
	.globl	far                             # -- Begin function far
	.p2align	3
	.type	far,@function
far:                                    # @far
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: far:skb <- $r1
	.loc	0 3 18 prologue_end             # 24_gotol.c:3:18
.Ltmp0:
	w1 = *(u32 *)(r1 + 0)
.Ltmp1:
.Ltmp2:
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3:
	w2 = w1
	w2 &= 1
.Ltmp4:
.Ltmp5:
	.loc	0 5 39 is_stmt 0                # 24_gotol.c:5:39
.Ltmp6:
	if w2 == 0 goto LBB0_2
.Ltmp7:
.Ltmp8:
# %bb.1:
	#DEBUG_VALUE: far:x <- $w1
	#DEBUG_VALUE: i <- 0
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp9:
.Ltmp10:
LBB0_2:
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 7
.Ltmp11:
.Ltmp12:
	#DEBUG_VALUE: i <- 1
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp13:
	w3 = w1
	w3 &= 2
.Ltmp14:
.Ltmp15:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp16:
	if w3 == 0 goto LBB0_4
.Ltmp17:
.Ltmp18:
# %bb.3:
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp19:
.Ltmp20:
	w1 += 1
	w2 = w1
.Ltmp21:
.Ltmp22:
LBB0_4:
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 14
.Ltmp23:
.Ltmp24:
	#DEBUG_VALUE: i <- 2
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp25:
	w3 = w2
	w3 &= 4
.Ltmp26:
.Ltmp27:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp28:
	if w3 == 0 goto LBB0_6
.Ltmp29:
.Ltmp30:
# %bb.5:
	#DEBUG_VALUE: i <- 2
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp31:
.Ltmp32:
	w2 += 2
	w1 = w2
.Ltmp33:
.Ltmp34:
LBB0_6:
	#DEBUG_VALUE: i <- 2
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 21
.Ltmp35:
.Ltmp36:
	#DEBUG_VALUE: i <- 3
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp37:
	w3 = w1
	w3 &= 8
.Ltmp38:
.Ltmp39:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp40:
	if w3 == 0 goto LBB0_8
.Ltmp41:
.Ltmp42:
# %bb.7:
	#DEBUG_VALUE: i <- 3
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp43:
.Ltmp44:
	w1 += 3
	w2 = w1
.Ltmp45:
.Ltmp46:
LBB0_8:
	#DEBUG_VALUE: i <- 3
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 28
.Ltmp47:
.Ltmp48:
	#DEBUG_VALUE: i <- 4
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp49:
	w3 = w2
	w3 &= 16
.Ltmp50:
.Ltmp51:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp52:
	if w3 == 0 goto LBB0_10
.Ltmp53:
.Ltmp54:
# %bb.9:
	#DEBUG_VALUE: i <- 4
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp55:
.Ltmp56:
	w2 += 4
	w1 = w2
.Ltmp57:
.Ltmp58:
LBB0_10:
	#DEBUG_VALUE: i <- 4
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 35
.Ltmp59:
.Ltmp60:
	#DEBUG_VALUE: i <- 5
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp61:
	w3 = w1
	w3 &= 32
.Ltmp62:
.Ltmp63:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp64:
	if w3 == 0 goto LBB0_12
.Ltmp65:
.Ltmp66:
# %bb.11:
	#DEBUG_VALUE: i <- 5
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp67:
.Ltmp68:
	w1 += 5
	w2 = w1
.Ltmp69:
.Ltmp70:
LBB0_12:
	#DEBUG_VALUE: i <- 5
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 42
.Ltmp71:
.Ltmp72:
	#DEBUG_VALUE: i <- 6
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp73:
	w3 = w2
	w3 &= 64
.Ltmp74:
.Ltmp75:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp76:
	if w3 == 0 goto LBB0_14
.Ltmp77:
.Ltmp78:
# %bb.13:
	#DEBUG_VALUE: i <- 6
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp79:
.Ltmp80:
	w2 += 6
	w1 = w2
.Ltmp81:
.Ltmp82:
LBB0_14:
	#DEBUG_VALUE: i <- 6
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 49
.Ltmp83:
.Ltmp84:
	#DEBUG_VALUE: i <- 7
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp85:
	w3 = w1
	w3 &= 128
.Ltmp86:
.Ltmp87:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp88:
	if w3 == 0 goto LBB0_16
.Ltmp89:
.Ltmp90:
# %bb.15:
	#DEBUG_VALUE: i <- 7
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp91:
.Ltmp92:
	w1 += 7
	w2 = w1
.Ltmp93:
.Ltmp94:
LBB0_16:
	#DEBUG_VALUE: i <- 7
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 56
.Ltmp95:
.Ltmp96:
	#DEBUG_VALUE: i <- 8
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp97:
	w3 = w2
	w3 &= 256
.Ltmp98:
.Ltmp99:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp100:
	if w3 == 0 goto LBB0_18
.Ltmp101:
.Ltmp102:
# %bb.17:
	#DEBUG_VALUE: i <- 8
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp103:
.Ltmp104:
	w2 += 8
	w1 = w2
.Ltmp105:
.Ltmp106:
LBB0_18:
	#DEBUG_VALUE: i <- 8
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 63
.Ltmp107:
.Ltmp108:
	#DEBUG_VALUE: i <- 9
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp109:
	w3 = w1
	w3 &= 512
.Ltmp110:
.Ltmp111:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp112:
	if w3 == 0 goto LBB0_20
.Ltmp113:
.Ltmp114:
# %bb.19:
	#DEBUG_VALUE: i <- 9
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp115:
.Ltmp116:
	w1 += 9
	w2 = w1
.Ltmp117:
.Ltmp118:
LBB0_20:
	#DEBUG_VALUE: i <- 9
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 70
.Ltmp119:
.Ltmp120:
	#DEBUG_VALUE: i <- 10
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp121:
	w3 = w2
	w3 &= 1024
.Ltmp122:
.Ltmp123:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp124:
	if w3 == 0 goto LBB0_22
.Ltmp125:
.Ltmp126:
# %bb.21:
	#DEBUG_VALUE: i <- 10
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp127:
.Ltmp128:
	w2 += 10
	w1 = w2
.Ltmp129:
.Ltmp130:
LBB0_22:
	#DEBUG_VALUE: i <- 10
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 77
.Ltmp131:
.Ltmp132:
	#DEBUG_VALUE: i <- 11
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp133:
	w3 = w1
	w3 &= 2048
.Ltmp134:
.Ltmp135:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp136:
	if w3 == 0 goto LBB0_24
.Ltmp137:
.Ltmp138:
# %bb.23:
	#DEBUG_VALUE: i <- 11
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp139:
.Ltmp140:
	w1 += 11
	w2 = w1
.Ltmp141:
.Ltmp142:
LBB0_24:
	#DEBUG_VALUE: i <- 11
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 84
.Ltmp143:
.Ltmp144:
	#DEBUG_VALUE: i <- 12
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp145:
	w3 = w2
	w3 &= 4096
.Ltmp146:
.Ltmp147:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp148:
	if w3 == 0 goto LBB0_26
.Ltmp149:
.Ltmp150:
# %bb.25:
	#DEBUG_VALUE: i <- 12
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp151:
.Ltmp152:
	w2 += 12
	w1 = w2
.Ltmp153:
.Ltmp154:
LBB0_26:
	#DEBUG_VALUE: i <- 12
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 91
.Ltmp155:
.Ltmp156:
	#DEBUG_VALUE: i <- 13
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp157:
	w3 = w1
	w3 &= 8192
.Ltmp158:
.Ltmp159:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp160:
	if w3 == 0 goto LBB0_28
.Ltmp161:
.Ltmp162:
# %bb.27:
	#DEBUG_VALUE: i <- 13
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp163:
.Ltmp164:
	w1 += 13
	w2 = w1
.Ltmp165:
.Ltmp166:
LBB0_28:
	#DEBUG_VALUE: i <- 13
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 98
.Ltmp167:
.Ltmp168:
	#DEBUG_VALUE: i <- 14
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp169:
	w3 = w2
	w3 &= 16384
.Ltmp170:
.Ltmp171:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp172:
	if w3 == 0 goto LBB0_30
.Ltmp173:
.Ltmp174:
# %bb.29:
	#DEBUG_VALUE: i <- 14
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp175:
.Ltmp176:
	w2 += 14
	w1 = w2
.Ltmp177:
.Ltmp178:
LBB0_30:
	#DEBUG_VALUE: i <- 14
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 105
.Ltmp179:
.Ltmp180:
	#DEBUG_VALUE: i <- 15
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp181:
	w3 = w1
	w3 &= 32768
.Ltmp182:
.Ltmp183:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp184:
	if w3 == 0 goto LBB0_32
.Ltmp185:
.Ltmp186:
# %bb.31:
	#DEBUG_VALUE: i <- 15
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp187:
.Ltmp188:
	w1 += 15
	w2 = w1
.Ltmp189:
.Ltmp190:
LBB0_32:
	#DEBUG_VALUE: i <- 15
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 112
.Ltmp191:
.Ltmp192:
	#DEBUG_VALUE: i <- 16
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp193:
	w3 = w2
	w3 &= 65536
.Ltmp194:
.Ltmp195:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp196:
	if w3 == 0 goto LBB0_34
.Ltmp197:
.Ltmp198:
# %bb.33:
	#DEBUG_VALUE: i <- 16
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp199:
.Ltmp200:
	w2 += 16
	w1 = w2
.Ltmp201:
.Ltmp202:
LBB0_34:
	#DEBUG_VALUE: i <- 16
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 119
.Ltmp203:
.Ltmp204:
	#DEBUG_VALUE: i <- 17
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp205:
	w3 = w1
	w3 &= 131072
.Ltmp206:
.Ltmp207:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp208:
	if w3 == 0 goto LBB0_36
.Ltmp209:
.Ltmp210:
# %bb.35:
	#DEBUG_VALUE: i <- 17
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp211:
.Ltmp212:
	w1 += 17
	w2 = w1
.Ltmp213:
.Ltmp214:
LBB0_36:
	#DEBUG_VALUE: i <- 17
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 126
.Ltmp215:
.Ltmp216:
	#DEBUG_VALUE: i <- 18
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp217:
	w3 = w2
	w3 &= 262144
.Ltmp218:
.Ltmp219:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp220:
	if w3 == 0 goto LBB0_38
.Ltmp221:
.Ltmp222:
# %bb.37:
	#DEBUG_VALUE: i <- 18
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp223:
.Ltmp224:
	w2 += 18
	w1 = w2
.Ltmp225:
.Ltmp226:
LBB0_38:
	#DEBUG_VALUE: i <- 18
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 133
.Ltmp227:
.Ltmp228:
	#DEBUG_VALUE: i <- 19
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp229:
	w3 = w1
	w3 &= 524288
.Ltmp230:
.Ltmp231:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp232:
	if w3 == 0 goto LBB0_40
.Ltmp233:
.Ltmp234:
# %bb.39:
	#DEBUG_VALUE: i <- 19
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp235:
.Ltmp236:
	w1 += 19
	w2 = w1
.Ltmp237:
.Ltmp238:
LBB0_40:
	#DEBUG_VALUE: i <- 19
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 140
.Ltmp239:
.Ltmp240:
	#DEBUG_VALUE: i <- 20
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp241:
	w3 = w2
	w3 &= 1048576
.Ltmp242:
.Ltmp243:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp244:
	if w3 == 0 goto LBB0_42
.Ltmp245:
.Ltmp246:
# %bb.41:
	#DEBUG_VALUE: i <- 20
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp247:
.Ltmp248:
	w2 += 20
	w1 = w2
.Ltmp249:
.Ltmp250:
LBB0_42:
	#DEBUG_VALUE: i <- 20
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 147
.Ltmp251:
.Ltmp252:
	#DEBUG_VALUE: i <- 21
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp253:
	w3 = w1
	w3 &= 2097152
.Ltmp254:
.Ltmp255:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp256:
	if w3 == 0 goto LBB0_44
.Ltmp257:
.Ltmp258:
# %bb.43:
	#DEBUG_VALUE: i <- 21
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp259:
.Ltmp260:
	w1 += 21
	w2 = w1
.Ltmp261:
.Ltmp262:
LBB0_44:
	#DEBUG_VALUE: i <- 21
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 154
.Ltmp263:
.Ltmp264:
	#DEBUG_VALUE: i <- 22
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp265:
	w3 = w2
	w3 &= 4194304
.Ltmp266:
.Ltmp267:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp268:
	if w3 == 0 goto LBB0_46
.Ltmp269:
.Ltmp270:
# %bb.45:
	#DEBUG_VALUE: i <- 22
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp271:
.Ltmp272:
	w2 += 22
	w1 = w2
.Ltmp273:
.Ltmp274:
LBB0_46:
	#DEBUG_VALUE: i <- 22
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 161
.Ltmp275:
.Ltmp276:
	#DEBUG_VALUE: i <- 23
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp277:
	w3 = w1
	w3 &= 8388608
.Ltmp278:
.Ltmp279:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp280:
	if w3 == 0 goto LBB0_48
.Ltmp281:
.Ltmp282:
# %bb.47:
	#DEBUG_VALUE: i <- 23
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp283:
.Ltmp284:
	w1 += 23
	w2 = w1
.Ltmp285:
.Ltmp286:
LBB0_48:
	#DEBUG_VALUE: i <- 23
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 168
.Ltmp287:
.Ltmp288:
	#DEBUG_VALUE: i <- 24
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp289:
	w3 = w2
	w3 &= 16777216
.Ltmp290:
.Ltmp291:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp292:
	if w3 == 0 goto LBB0_50
.Ltmp293:
.Ltmp294:
# %bb.49:
	#DEBUG_VALUE: i <- 24
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp295:
.Ltmp296:
	w2 += 24
	w1 = w2
.Ltmp297:
.Ltmp298:
LBB0_50:
	#DEBUG_VALUE: i <- 24
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 175
.Ltmp299:
.Ltmp300:
	#DEBUG_VALUE: i <- 25
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp301:
	w3 = w1
	w3 &= 33554432
.Ltmp302:
.Ltmp303:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp304:
	if w3 == 0 goto LBB0_52
.Ltmp305:
.Ltmp306:
# %bb.51:
	#DEBUG_VALUE: i <- 25
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp307:
.Ltmp308:
	w1 += 25
	w2 = w1
.Ltmp309:
.Ltmp310:
LBB0_52:
	#DEBUG_VALUE: i <- 25
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 182
.Ltmp311:
.Ltmp312:
	#DEBUG_VALUE: i <- 26
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp313:
	w3 = w2
	w3 &= 67108864
.Ltmp314:
.Ltmp315:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp316:
	if w3 == 0 goto LBB0_54
.Ltmp317:
.Ltmp318:
# %bb.53:
	#DEBUG_VALUE: i <- 26
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp319:
.Ltmp320:
	w2 += 26
	w1 = w2
.Ltmp321:
.Ltmp322:
LBB0_54:
	#DEBUG_VALUE: i <- 26
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 189
.Ltmp323:
.Ltmp324:
	#DEBUG_VALUE: i <- 27
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp325:
	w3 = w1
	w3 &= 134217728
.Ltmp326:
.Ltmp327:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp328:
	if w3 == 0 goto LBB0_56
.Ltmp329:
.Ltmp330:
# %bb.55:
	#DEBUG_VALUE: i <- 27
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp331:
.Ltmp332:
	w1 += 27
	w2 = w1
.Ltmp333:
.Ltmp334:
LBB0_56:
	#DEBUG_VALUE: i <- 27
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 196
.Ltmp335:
.Ltmp336:
	#DEBUG_VALUE: i <- 28
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp337:
	w3 = w2
	w3 &= 268435456
.Ltmp338:
.Ltmp339:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp340:
	if w3 == 0 goto LBB0_58
.Ltmp341:
.Ltmp342:
# %bb.57:
	#DEBUG_VALUE: i <- 28
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp343:
.Ltmp344:
	w2 += 28
	w1 = w2
.Ltmp345:
.Ltmp346:
LBB0_58:
	#DEBUG_VALUE: i <- 28
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 203
.Ltmp347:
.Ltmp348:
	#DEBUG_VALUE: i <- 29
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp349:
	w3 = w1
	w3 &= 536870912
.Ltmp350:
.Ltmp351:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp352:
	if w3 == 0 goto LBB0_60
.Ltmp353:
.Ltmp354:
# %bb.59:
	#DEBUG_VALUE: i <- 29
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp355:
.Ltmp356:
	w1 += 29
	w2 = w1
.Ltmp357:
.Ltmp358:
LBB0_60:
	#DEBUG_VALUE: i <- 29
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w3 = w2
	w3 ^= 210
.Ltmp359:
.Ltmp360:
	#DEBUG_VALUE: i <- 30
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp361:
	w1 = w2
	w1 &= 1073741824
.Ltmp362:
.Ltmp363:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp364:
	if w1 == 0 goto LBB0_62
.Ltmp365:
.Ltmp366:
# %bb.61:
	#DEBUG_VALUE: i <- 30
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp367:
.Ltmp368:
	w2 += 30
	w3 = w2
.Ltmp369:
.Ltmp370:
LBB0_62:
	#DEBUG_VALUE: i <- 30
	#DEBUG_VALUE: far:x <- $w3
	#DEBUG_VALUE: i <- 31
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w3
	w1 *= 33
	w1 += 31
	if w3 s< 0 goto LBB0_64
.Ltmp371:
.Ltmp372:
# %bb.63:
	#DEBUG_VALUE: i <- 31
	#DEBUG_VALUE: far:x <- $w3
	.loc	0 0 39                          # 24_gotol.c:0:39
	w3 ^= 217
.Ltmp373:
.Ltmp374:
	w1 = w3
.Ltmp375:
.Ltmp376:
LBB0_64:
	#DEBUG_VALUE: i <- 31
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 224
.Ltmp377:
.Ltmp378:
	#DEBUG_VALUE: i <- 32
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp379:
	w3 = w1
	w3 &= 1
.Ltmp380:
.Ltmp381:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp382:
	if w3 == 0 goto LBB0_66
.Ltmp383:
.Ltmp384:
# %bb.65:
	#DEBUG_VALUE: i <- 32
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp385:
.Ltmp386:
	w1 += 32
	w2 = w1
.Ltmp387:
.Ltmp388:
LBB0_66:
	#DEBUG_VALUE: i <- 32
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 231
.Ltmp389:
.Ltmp390:
	#DEBUG_VALUE: i <- 33
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp391:
	w3 = w2
	w3 &= 2
.Ltmp392:
.Ltmp393:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp394:
	if w3 == 0 goto LBB0_68
.Ltmp395:
.Ltmp396:
# %bb.67:
	#DEBUG_VALUE: i <- 33
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp397:
.Ltmp398:
	w2 += 33
	w1 = w2
.Ltmp399:
.Ltmp400:
LBB0_68:
	#DEBUG_VALUE: i <- 33
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 238
.Ltmp401:
.Ltmp402:
	#DEBUG_VALUE: i <- 34
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp403:
	w3 = w1
	w3 &= 4
.Ltmp404:
.Ltmp405:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp406:
	if w3 == 0 goto LBB0_70
.Ltmp407:
.Ltmp408:
# %bb.69:
	#DEBUG_VALUE: i <- 34
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp409:
.Ltmp410:
	w1 += 34
	w2 = w1
.Ltmp411:
.Ltmp412:
LBB0_70:
	#DEBUG_VALUE: i <- 34
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 245
.Ltmp413:
.Ltmp414:
	#DEBUG_VALUE: i <- 35
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp415:
	w3 = w2
	w3 &= 8
.Ltmp416:
.Ltmp417:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp418:
	if w3 == 0 goto LBB0_72
.Ltmp419:
.Ltmp420:
# %bb.71:
	#DEBUG_VALUE: i <- 35
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp421:
.Ltmp422:
	w2 += 35
	w1 = w2
.Ltmp423:
.Ltmp424:
LBB0_72:
	#DEBUG_VALUE: i <- 35
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 252
.Ltmp425:
.Ltmp426:
	#DEBUG_VALUE: i <- 36
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp427:
	w3 = w1
	w3 &= 16
.Ltmp428:
.Ltmp429:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp430:
	if w3 == 0 goto LBB0_74
.Ltmp431:
.Ltmp432:
# %bb.73:
	#DEBUG_VALUE: i <- 36
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp433:
.Ltmp434:
	w1 += 36
	w2 = w1
.Ltmp435:
.Ltmp436:
LBB0_74:
	#DEBUG_VALUE: i <- 36
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 259
.Ltmp437:
.Ltmp438:
	#DEBUG_VALUE: i <- 37
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp439:
	w3 = w2
	w3 &= 32
.Ltmp440:
.Ltmp441:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp442:
	if w3 == 0 goto LBB0_76
.Ltmp443:
.Ltmp444:
# %bb.75:
	#DEBUG_VALUE: i <- 37
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp445:
.Ltmp446:
	w2 += 37
	w1 = w2
.Ltmp447:
.Ltmp448:
LBB0_76:
	#DEBUG_VALUE: i <- 37
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 266
.Ltmp449:
.Ltmp450:
	#DEBUG_VALUE: i <- 38
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp451:
	w3 = w1
	w3 &= 64
.Ltmp452:
.Ltmp453:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp454:
	if w3 == 0 goto LBB0_78
.Ltmp455:
.Ltmp456:
# %bb.77:
	#DEBUG_VALUE: i <- 38
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp457:
.Ltmp458:
	w1 += 38
	w2 = w1
.Ltmp459:
.Ltmp460:
LBB0_78:
	#DEBUG_VALUE: i <- 38
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 273
.Ltmp461:
.Ltmp462:
	#DEBUG_VALUE: i <- 39
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp463:
	w3 = w2
	w3 &= 128
.Ltmp464:
.Ltmp465:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp466:
	if w3 == 0 goto LBB0_80
.Ltmp467:
.Ltmp468:
# %bb.79:
	#DEBUG_VALUE: i <- 39
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp469:
.Ltmp470:
	w2 += 39
	w1 = w2
.Ltmp471:
.Ltmp472:
LBB0_80:
	#DEBUG_VALUE: i <- 39
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 280
.Ltmp473:
.Ltmp474:
	#DEBUG_VALUE: i <- 40
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp475:
	w3 = w1
	w3 &= 256
.Ltmp476:
.Ltmp477:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp478:
	if w3 == 0 goto LBB0_82
.Ltmp479:
.Ltmp480:
# %bb.81:
	#DEBUG_VALUE: i <- 40
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp481:
.Ltmp482:
	w1 += 40
	w2 = w1
.Ltmp483:
.Ltmp484:
LBB0_82:
	#DEBUG_VALUE: i <- 40
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 287
.Ltmp485:
.Ltmp486:
	#DEBUG_VALUE: i <- 41
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp487:
	w3 = w2
	w3 &= 512
.Ltmp488:
.Ltmp489:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp490:
	if w3 == 0 goto LBB0_84
.Ltmp491:
.Ltmp492:
# %bb.83:
	#DEBUG_VALUE: i <- 41
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp493:
.Ltmp494:
	w2 += 41
	w1 = w2
.Ltmp495:
.Ltmp496:
LBB0_84:
	#DEBUG_VALUE: i <- 41
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 294
.Ltmp497:
.Ltmp498:
	#DEBUG_VALUE: i <- 42
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp499:
	w3 = w1
	w3 &= 1024
.Ltmp500:
.Ltmp501:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp502:
	if w3 == 0 goto LBB0_86
.Ltmp503:
.Ltmp504:
# %bb.85:
	#DEBUG_VALUE: i <- 42
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp505:
.Ltmp506:
	w1 += 42
	w2 = w1
.Ltmp507:
.Ltmp508:
LBB0_86:
	#DEBUG_VALUE: i <- 42
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 301
.Ltmp509:
.Ltmp510:
	#DEBUG_VALUE: i <- 43
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp511:
	w3 = w2
	w3 &= 2048
.Ltmp512:
.Ltmp513:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp514:
	if w3 == 0 goto LBB0_88
.Ltmp515:
.Ltmp516:
# %bb.87:
	#DEBUG_VALUE: i <- 43
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp517:
.Ltmp518:
	w2 += 43
	w1 = w2
.Ltmp519:
.Ltmp520:
LBB0_88:
	#DEBUG_VALUE: i <- 43
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 308
.Ltmp521:
.Ltmp522:
	#DEBUG_VALUE: i <- 44
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp523:
	w3 = w1
	w3 &= 4096
.Ltmp524:
.Ltmp525:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp526:
	if w3 == 0 goto LBB0_90
.Ltmp527:
.Ltmp528:
# %bb.89:
	#DEBUG_VALUE: i <- 44
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp529:
.Ltmp530:
	w1 += 44
	w2 = w1
.Ltmp531:
.Ltmp532:
LBB0_90:
	#DEBUG_VALUE: i <- 44
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 315
.Ltmp533:
.Ltmp534:
	#DEBUG_VALUE: i <- 45
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp535:
	w3 = w2
	w3 &= 8192
.Ltmp536:
.Ltmp537:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp538:
	if w3 == 0 goto LBB0_92
.Ltmp539:
.Ltmp540:
# %bb.91:
	#DEBUG_VALUE: i <- 45
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp541:
.Ltmp542:
	w2 += 45
	w1 = w2
.Ltmp543:
.Ltmp544:
LBB0_92:
	#DEBUG_VALUE: i <- 45
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 322
.Ltmp545:
.Ltmp546:
	#DEBUG_VALUE: i <- 46
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp547:
	w3 = w1
	w3 &= 16384
.Ltmp548:
.Ltmp549:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp550:
	if w3 == 0 goto LBB0_94
.Ltmp551:
.Ltmp552:
# %bb.93:
	#DEBUG_VALUE: i <- 46
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp553:
.Ltmp554:
	w1 += 46
	w2 = w1
.Ltmp555:
.Ltmp556:
LBB0_94:
	#DEBUG_VALUE: i <- 46
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 329
.Ltmp557:
.Ltmp558:
	#DEBUG_VALUE: i <- 47
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp559:
	w3 = w2
	w3 &= 32768
.Ltmp560:
.Ltmp561:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp562:
	if w3 == 0 goto LBB0_96
.Ltmp563:
.Ltmp564:
# %bb.95:
	#DEBUG_VALUE: i <- 47
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp565:
.Ltmp566:
	w2 += 47
	w1 = w2
.Ltmp567:
.Ltmp568:
LBB0_96:
	#DEBUG_VALUE: i <- 47
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 336
.Ltmp569:
.Ltmp570:
	#DEBUG_VALUE: i <- 48
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp571:
	w3 = w1
	w3 &= 65536
.Ltmp572:
.Ltmp573:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp574:
	if w3 == 0 goto LBB0_98
.Ltmp575:
.Ltmp576:
# %bb.97:
	#DEBUG_VALUE: i <- 48
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp577:
.Ltmp578:
	w1 += 48
	w2 = w1
.Ltmp579:
.Ltmp580:
LBB0_98:
	#DEBUG_VALUE: i <- 48
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 343
.Ltmp581:
.Ltmp582:
	#DEBUG_VALUE: i <- 49
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp583:
	w3 = w2
	w3 &= 131072
.Ltmp584:
.Ltmp585:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp586:
	if w3 == 0 goto LBB0_100
.Ltmp587:
.Ltmp588:
# %bb.99:
	#DEBUG_VALUE: i <- 49
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp589:
.Ltmp590:
	w2 += 49
	w1 = w2
.Ltmp591:
.Ltmp592:
LBB0_100:
	#DEBUG_VALUE: i <- 49
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 350
.Ltmp593:
.Ltmp594:
	#DEBUG_VALUE: i <- 50
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp595:
	w3 = w1
	w3 &= 262144
.Ltmp596:
.Ltmp597:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp598:
	if w3 == 0 goto LBB0_102
.Ltmp599:
.Ltmp600:
# %bb.101:
	#DEBUG_VALUE: i <- 50
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp601:
.Ltmp602:
	w1 += 50
	w2 = w1
.Ltmp603:
.Ltmp604:
LBB0_102:
	#DEBUG_VALUE: i <- 50
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 357
.Ltmp605:
.Ltmp606:
	#DEBUG_VALUE: i <- 51
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp607:
	w3 = w2
	w3 &= 524288
.Ltmp608:
.Ltmp609:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp610:
	if w3 == 0 goto LBB0_104
.Ltmp611:
.Ltmp612:
# %bb.103:
	#DEBUG_VALUE: i <- 51
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp613:
.Ltmp614:
	w2 += 51
	w1 = w2
.Ltmp615:
.Ltmp616:
LBB0_104:
	#DEBUG_VALUE: i <- 51
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 364
.Ltmp617:
.Ltmp618:
	#DEBUG_VALUE: i <- 52
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp619:
	w3 = w1
	w3 &= 1048576
.Ltmp620:
.Ltmp621:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp622:
	if w3 == 0 goto LBB0_106
.Ltmp623:
.Ltmp624:
# %bb.105:
	#DEBUG_VALUE: i <- 52
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp625:
.Ltmp626:
	w1 += 52
	w2 = w1
.Ltmp627:
.Ltmp628:
LBB0_106:
	#DEBUG_VALUE: i <- 52
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 371
.Ltmp629:
.Ltmp630:
	#DEBUG_VALUE: i <- 53
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp631:
	w3 = w2
	w3 &= 2097152
.Ltmp632:
.Ltmp633:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp634:
	if w3 == 0 goto LBB0_108
.Ltmp635:
.Ltmp636:
# %bb.107:
	#DEBUG_VALUE: i <- 53
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp637:
.Ltmp638:
	w2 += 53
	w1 = w2
.Ltmp639:
.Ltmp640:
LBB0_108:
	#DEBUG_VALUE: i <- 53
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 378
.Ltmp641:
.Ltmp642:
	#DEBUG_VALUE: i <- 54
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp643:
	w3 = w1
	w3 &= 4194304
.Ltmp644:
.Ltmp645:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp646:
	if w3 == 0 goto LBB0_110
.Ltmp647:
.Ltmp648:
# %bb.109:
	#DEBUG_VALUE: i <- 54
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp649:
.Ltmp650:
	w1 += 54
	w2 = w1
.Ltmp651:
.Ltmp652:
LBB0_110:
	#DEBUG_VALUE: i <- 54
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 385
.Ltmp653:
.Ltmp654:
	#DEBUG_VALUE: i <- 55
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp655:
	w3 = w2
	w3 &= 8388608
.Ltmp656:
.Ltmp657:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp658:
	if w3 == 0 goto LBB0_112
.Ltmp659:
.Ltmp660:
# %bb.111:
	#DEBUG_VALUE: i <- 55
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp661:
.Ltmp662:
	w2 += 55
	w1 = w2
.Ltmp663:
.Ltmp664:
LBB0_112:
	#DEBUG_VALUE: i <- 55
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 392
.Ltmp665:
.Ltmp666:
	#DEBUG_VALUE: i <- 56
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp667:
	w3 = w1
	w3 &= 16777216
.Ltmp668:
.Ltmp669:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp670:
	if w3 == 0 goto LBB0_114
.Ltmp671:
.Ltmp672:
# %bb.113:
	#DEBUG_VALUE: i <- 56
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp673:
.Ltmp674:
	w1 += 56
	w2 = w1
.Ltmp675:
.Ltmp676:
LBB0_114:
	#DEBUG_VALUE: i <- 56
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 399
.Ltmp677:
.Ltmp678:
	#DEBUG_VALUE: i <- 57
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp679:
	w3 = w2
	w3 &= 33554432
.Ltmp680:
.Ltmp681:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp682:
	if w3 == 0 goto LBB0_116
.Ltmp683:
.Ltmp684:
# %bb.115:
	#DEBUG_VALUE: i <- 57
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp685:
.Ltmp686:
	w2 += 57
	w1 = w2
.Ltmp687:
.Ltmp688:
LBB0_116:
	#DEBUG_VALUE: i <- 57
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 406
.Ltmp689:
.Ltmp690:
	#DEBUG_VALUE: i <- 58
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp691:
	w3 = w1
	w3 &= 67108864
.Ltmp692:
.Ltmp693:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp694:
	if w3 == 0 goto LBB0_118
.Ltmp695:
.Ltmp696:
# %bb.117:
	#DEBUG_VALUE: i <- 58
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp697:
.Ltmp698:
	w1 += 58
	w2 = w1
.Ltmp699:
.Ltmp700:
LBB0_118:
	#DEBUG_VALUE: i <- 58
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 413
.Ltmp701:
.Ltmp702:
	#DEBUG_VALUE: i <- 59
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp703:
	w3 = w2
	w3 &= 134217728
.Ltmp704:
.Ltmp705:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp706:
	if w3 == 0 goto LBB0_120
.Ltmp707:
.Ltmp708:
# %bb.119:
	#DEBUG_VALUE: i <- 59
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp709:
.Ltmp710:
	w2 += 59
	w1 = w2
.Ltmp711:
.Ltmp712:
LBB0_120:
	#DEBUG_VALUE: i <- 59
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 420
.Ltmp713:
.Ltmp714:
	#DEBUG_VALUE: i <- 60
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp715:
	w3 = w1
	w3 &= 268435456
.Ltmp716:
.Ltmp717:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp718:
	if w3 == 0 goto LBB0_122
.Ltmp719:
.Ltmp720:
# %bb.121:
	#DEBUG_VALUE: i <- 60
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp721:
.Ltmp722:
	w1 += 60
	w2 = w1
.Ltmp723:
.Ltmp724:
LBB0_122:
	#DEBUG_VALUE: i <- 60
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 427
.Ltmp725:
.Ltmp726:
	#DEBUG_VALUE: i <- 61
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp727:
	w3 = w2
	w3 &= 536870912
.Ltmp728:
.Ltmp729:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp730:
	if w3 == 0 goto LBB0_124
.Ltmp731:
.Ltmp732:
# %bb.123:
	#DEBUG_VALUE: i <- 61
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp733:
.Ltmp734:
	w2 += 61
	w1 = w2
.Ltmp735:
.Ltmp736:
LBB0_124:
	#DEBUG_VALUE: i <- 61
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 434
.Ltmp737:
.Ltmp738:
	#DEBUG_VALUE: i <- 62
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp739:
	w3 = w1
	w3 &= 1073741824
.Ltmp740:
.Ltmp741:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp742:
	if w3 == 0 goto LBB0_126
.Ltmp743:
.Ltmp744:
# %bb.125:
	#DEBUG_VALUE: i <- 62
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp745:
.Ltmp746:
	w1 += 62
	w2 = w1
.Ltmp747:
.Ltmp748:
LBB0_126:
	#DEBUG_VALUE: i <- 62
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 63
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 63
	if w2 s< 0 goto LBB0_128
.Ltmp749:
.Ltmp750:
# %bb.127:
	#DEBUG_VALUE: i <- 63
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 441
.Ltmp751:
.Ltmp752:
	w1 = w2
.Ltmp753:
.Ltmp754:
LBB0_128:
	#DEBUG_VALUE: i <- 63
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 448
.Ltmp755:
.Ltmp756:
	#DEBUG_VALUE: i <- 64
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp757:
	w3 = w1
	w3 &= 1
.Ltmp758:
.Ltmp759:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp760:
	if w3 == 0 goto LBB0_130
.Ltmp761:
.Ltmp762:
# %bb.129:
	#DEBUG_VALUE: i <- 64
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp763:
.Ltmp764:
	w1 += 64
	w2 = w1
.Ltmp765:
.Ltmp766:
LBB0_130:
	#DEBUG_VALUE: i <- 64
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 455
.Ltmp767:
.Ltmp768:
	#DEBUG_VALUE: i <- 65
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp769:
	w3 = w2
	w3 &= 2
.Ltmp770:
.Ltmp771:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp772:
	if w3 == 0 goto LBB0_132
.Ltmp773:
.Ltmp774:
# %bb.131:
	#DEBUG_VALUE: i <- 65
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp775:
.Ltmp776:
	w2 += 65
	w1 = w2
.Ltmp777:
.Ltmp778:
LBB0_132:
	#DEBUG_VALUE: i <- 65
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 462
.Ltmp779:
.Ltmp780:
	#DEBUG_VALUE: i <- 66
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp781:
	w3 = w1
	w3 &= 4
.Ltmp782:
.Ltmp783:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp784:
	if w3 == 0 goto LBB0_134
.Ltmp785:
.Ltmp786:
# %bb.133:
	#DEBUG_VALUE: i <- 66
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp787:
.Ltmp788:
	w1 += 66
	w2 = w1
.Ltmp789:
.Ltmp790:
LBB0_134:
	#DEBUG_VALUE: i <- 66
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 469
.Ltmp791:
.Ltmp792:
	#DEBUG_VALUE: i <- 67
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp793:
	w3 = w2
	w3 &= 8
.Ltmp794:
.Ltmp795:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp796:
	if w3 == 0 goto LBB0_136
.Ltmp797:
.Ltmp798:
# %bb.135:
	#DEBUG_VALUE: i <- 67
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp799:
.Ltmp800:
	w2 += 67
	w1 = w2
.Ltmp801:
.Ltmp802:
LBB0_136:
	#DEBUG_VALUE: i <- 67
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 476
.Ltmp803:
.Ltmp804:
	#DEBUG_VALUE: i <- 68
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp805:
	w3 = w1
	w3 &= 16
.Ltmp806:
.Ltmp807:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp808:
	if w3 == 0 goto LBB0_138
.Ltmp809:
.Ltmp810:
# %bb.137:
	#DEBUG_VALUE: i <- 68
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp811:
.Ltmp812:
	w1 += 68
	w2 = w1
.Ltmp813:
.Ltmp814:
LBB0_138:
	#DEBUG_VALUE: i <- 68
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 483
.Ltmp815:
.Ltmp816:
	#DEBUG_VALUE: i <- 69
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp817:
	w3 = w2
	w3 &= 32
.Ltmp818:
.Ltmp819:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp820:
	if w3 == 0 goto LBB0_140
.Ltmp821:
.Ltmp822:
# %bb.139:
	#DEBUG_VALUE: i <- 69
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp823:
.Ltmp824:
	w2 += 69
	w1 = w2
.Ltmp825:
.Ltmp826:
LBB0_140:
	#DEBUG_VALUE: i <- 69
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 490
.Ltmp827:
.Ltmp828:
	#DEBUG_VALUE: i <- 70
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp829:
	w3 = w1
	w3 &= 64
.Ltmp830:
.Ltmp831:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp832:
	if w3 == 0 goto LBB0_142
.Ltmp833:
.Ltmp834:
# %bb.141:
	#DEBUG_VALUE: i <- 70
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp835:
.Ltmp836:
	w1 += 70
	w2 = w1
.Ltmp837:
.Ltmp838:
LBB0_142:
	#DEBUG_VALUE: i <- 70
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 497
.Ltmp839:
.Ltmp840:
	#DEBUG_VALUE: i <- 71
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp841:
	w3 = w2
	w3 &= 128
.Ltmp842:
.Ltmp843:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp844:
	if w3 == 0 goto LBB0_144
.Ltmp845:
.Ltmp846:
# %bb.143:
	#DEBUG_VALUE: i <- 71
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp847:
.Ltmp848:
	w2 += 71
	w1 = w2
.Ltmp849:
.Ltmp850:
LBB0_144:
	#DEBUG_VALUE: i <- 71
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 504
.Ltmp851:
.Ltmp852:
	#DEBUG_VALUE: i <- 72
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp853:
	w3 = w1
	w3 &= 256
.Ltmp854:
.Ltmp855:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp856:
	if w3 == 0 goto LBB0_146
.Ltmp857:
.Ltmp858:
# %bb.145:
	#DEBUG_VALUE: i <- 72
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp859:
.Ltmp860:
	w1 += 72
	w2 = w1
.Ltmp861:
.Ltmp862:
LBB0_146:
	#DEBUG_VALUE: i <- 72
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 511
.Ltmp863:
.Ltmp864:
	#DEBUG_VALUE: i <- 73
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp865:
	w3 = w2
	w3 &= 512
.Ltmp866:
.Ltmp867:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp868:
	if w3 == 0 goto LBB0_148
.Ltmp869:
.Ltmp870:
# %bb.147:
	#DEBUG_VALUE: i <- 73
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp871:
.Ltmp872:
	w2 += 73
	w1 = w2
.Ltmp873:
.Ltmp874:
LBB0_148:
	#DEBUG_VALUE: i <- 73
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 518
.Ltmp875:
.Ltmp876:
	#DEBUG_VALUE: i <- 74
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp877:
	w3 = w1
	w3 &= 1024
.Ltmp878:
.Ltmp879:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp880:
	if w3 == 0 goto LBB0_150
.Ltmp881:
.Ltmp882:
# %bb.149:
	#DEBUG_VALUE: i <- 74
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp883:
.Ltmp884:
	w1 += 74
	w2 = w1
.Ltmp885:
.Ltmp886:
LBB0_150:
	#DEBUG_VALUE: i <- 74
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 525
.Ltmp887:
.Ltmp888:
	#DEBUG_VALUE: i <- 75
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp889:
	w3 = w2
	w3 &= 2048
.Ltmp890:
.Ltmp891:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp892:
	if w3 == 0 goto LBB0_152
.Ltmp893:
.Ltmp894:
# %bb.151:
	#DEBUG_VALUE: i <- 75
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp895:
.Ltmp896:
	w2 += 75
	w1 = w2
.Ltmp897:
.Ltmp898:
LBB0_152:
	#DEBUG_VALUE: i <- 75
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 532
.Ltmp899:
.Ltmp900:
	#DEBUG_VALUE: i <- 76
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp901:
	w3 = w1
	w3 &= 4096
.Ltmp902:
.Ltmp903:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp904:
	if w3 == 0 goto LBB0_154
.Ltmp905:
.Ltmp906:
# %bb.153:
	#DEBUG_VALUE: i <- 76
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp907:
.Ltmp908:
	w1 += 76
	w2 = w1
.Ltmp909:
.Ltmp910:
LBB0_154:
	#DEBUG_VALUE: i <- 76
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 539
.Ltmp911:
.Ltmp912:
	#DEBUG_VALUE: i <- 77
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp913:
	w3 = w2
	w3 &= 8192
.Ltmp914:
.Ltmp915:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp916:
	if w3 == 0 goto LBB0_156
.Ltmp917:
.Ltmp918:
# %bb.155:
	#DEBUG_VALUE: i <- 77
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp919:
.Ltmp920:
	w2 += 77
	w1 = w2
.Ltmp921:
.Ltmp922:
LBB0_156:
	#DEBUG_VALUE: i <- 77
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 546
.Ltmp923:
.Ltmp924:
	#DEBUG_VALUE: i <- 78
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp925:
	w3 = w1
	w3 &= 16384
.Ltmp926:
.Ltmp927:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp928:
	if w3 == 0 goto LBB0_158
.Ltmp929:
.Ltmp930:
# %bb.157:
	#DEBUG_VALUE: i <- 78
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp931:
.Ltmp932:
	w1 += 78
	w2 = w1
.Ltmp933:
.Ltmp934:
LBB0_158:
	#DEBUG_VALUE: i <- 78
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 553
.Ltmp935:
.Ltmp936:
	#DEBUG_VALUE: i <- 79
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp937:
	w3 = w2
	w3 &= 32768
.Ltmp938:
.Ltmp939:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp940:
	if w3 == 0 goto LBB0_160
.Ltmp941:
.Ltmp942:
# %bb.159:
	#DEBUG_VALUE: i <- 79
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp943:
.Ltmp944:
	w2 += 79
	w1 = w2
.Ltmp945:
.Ltmp946:
LBB0_160:
	#DEBUG_VALUE: i <- 79
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 560
.Ltmp947:
.Ltmp948:
	#DEBUG_VALUE: i <- 80
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp949:
	w3 = w1
	w3 &= 65536
.Ltmp950:
.Ltmp951:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp952:
	if w3 == 0 goto LBB0_162
.Ltmp953:
.Ltmp954:
# %bb.161:
	#DEBUG_VALUE: i <- 80
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp955:
.Ltmp956:
	w1 += 80
	w2 = w1
.Ltmp957:
.Ltmp958:
LBB0_162:
	#DEBUG_VALUE: i <- 80
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 567
.Ltmp959:
.Ltmp960:
	#DEBUG_VALUE: i <- 81
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp961:
	w3 = w2
	w3 &= 131072
.Ltmp962:
.Ltmp963:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp964:
	if w3 == 0 goto LBB0_164
.Ltmp965:
.Ltmp966:
# %bb.163:
	#DEBUG_VALUE: i <- 81
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp967:
.Ltmp968:
	w2 += 81
	w1 = w2
.Ltmp969:
.Ltmp970:
LBB0_164:
	#DEBUG_VALUE: i <- 81
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 574
.Ltmp971:
.Ltmp972:
	#DEBUG_VALUE: i <- 82
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp973:
	w3 = w1
	w3 &= 262144
.Ltmp974:
.Ltmp975:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp976:
	if w3 == 0 goto LBB0_166
.Ltmp977:
.Ltmp978:
# %bb.165:
	#DEBUG_VALUE: i <- 82
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp979:
.Ltmp980:
	w1 += 82
	w2 = w1
.Ltmp981:
.Ltmp982:
LBB0_166:
	#DEBUG_VALUE: i <- 82
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 581
.Ltmp983:
.Ltmp984:
	#DEBUG_VALUE: i <- 83
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp985:
	w3 = w2
	w3 &= 524288
.Ltmp986:
.Ltmp987:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp988:
	if w3 == 0 goto LBB0_168
.Ltmp989:
.Ltmp990:
# %bb.167:
	#DEBUG_VALUE: i <- 83
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp991:
.Ltmp992:
	w2 += 83
	w1 = w2
.Ltmp993:
.Ltmp994:
LBB0_168:
	#DEBUG_VALUE: i <- 83
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 588
.Ltmp995:
.Ltmp996:
	#DEBUG_VALUE: i <- 84
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp997:
	w3 = w1
	w3 &= 1048576
.Ltmp998:
.Ltmp999:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1000:
	if w3 == 0 goto LBB0_170
.Ltmp1001:
.Ltmp1002:
# %bb.169:
	#DEBUG_VALUE: i <- 84
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1003:
.Ltmp1004:
	w1 += 84
	w2 = w1
.Ltmp1005:
.Ltmp1006:
LBB0_170:
	#DEBUG_VALUE: i <- 84
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 595
.Ltmp1007:
.Ltmp1008:
	#DEBUG_VALUE: i <- 85
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1009:
	w3 = w2
	w3 &= 2097152
.Ltmp1010:
.Ltmp1011:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1012:
	if w3 == 0 goto LBB0_172
.Ltmp1013:
.Ltmp1014:
# %bb.171:
	#DEBUG_VALUE: i <- 85
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1015:
.Ltmp1016:
	w2 += 85
	w1 = w2
.Ltmp1017:
.Ltmp1018:
LBB0_172:
	#DEBUG_VALUE: i <- 85
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 602
.Ltmp1019:
.Ltmp1020:
	#DEBUG_VALUE: i <- 86
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1021:
	w3 = w1
	w3 &= 4194304
.Ltmp1022:
.Ltmp1023:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1024:
	if w3 == 0 goto LBB0_174
.Ltmp1025:
.Ltmp1026:
# %bb.173:
	#DEBUG_VALUE: i <- 86
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1027:
.Ltmp1028:
	w1 += 86
	w2 = w1
.Ltmp1029:
.Ltmp1030:
LBB0_174:
	#DEBUG_VALUE: i <- 86
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 609
.Ltmp1031:
.Ltmp1032:
	#DEBUG_VALUE: i <- 87
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1033:
	w3 = w2
	w3 &= 8388608
.Ltmp1034:
.Ltmp1035:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1036:
	if w3 == 0 goto LBB0_176
.Ltmp1037:
.Ltmp1038:
# %bb.175:
	#DEBUG_VALUE: i <- 87
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1039:
.Ltmp1040:
	w2 += 87
	w1 = w2
.Ltmp1041:
.Ltmp1042:
LBB0_176:
	#DEBUG_VALUE: i <- 87
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 616
.Ltmp1043:
.Ltmp1044:
	#DEBUG_VALUE: i <- 88
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1045:
	w3 = w1
	w3 &= 16777216
.Ltmp1046:
.Ltmp1047:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1048:
	if w3 == 0 goto LBB0_178
.Ltmp1049:
.Ltmp1050:
# %bb.177:
	#DEBUG_VALUE: i <- 88
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1051:
.Ltmp1052:
	w1 += 88
	w2 = w1
.Ltmp1053:
.Ltmp1054:
LBB0_178:
	#DEBUG_VALUE: i <- 88
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 623
.Ltmp1055:
.Ltmp1056:
	#DEBUG_VALUE: i <- 89
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1057:
	w3 = w2
	w3 &= 33554432
.Ltmp1058:
.Ltmp1059:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1060:
	if w3 == 0 goto LBB0_180
.Ltmp1061:
.Ltmp1062:
# %bb.179:
	#DEBUG_VALUE: i <- 89
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1063:
.Ltmp1064:
	w2 += 89
	w1 = w2
.Ltmp1065:
.Ltmp1066:
LBB0_180:
	#DEBUG_VALUE: i <- 89
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 630
.Ltmp1067:
.Ltmp1068:
	#DEBUG_VALUE: i <- 90
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1069:
	w3 = w1
	w3 &= 67108864
.Ltmp1070:
.Ltmp1071:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1072:
	if w3 == 0 goto LBB0_182
.Ltmp1073:
.Ltmp1074:
# %bb.181:
	#DEBUG_VALUE: i <- 90
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1075:
.Ltmp1076:
	w1 += 90
	w2 = w1
.Ltmp1077:
.Ltmp1078:
LBB0_182:
	#DEBUG_VALUE: i <- 90
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 637
.Ltmp1079:
.Ltmp1080:
	#DEBUG_VALUE: i <- 91
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1081:
	w3 = w2
	w3 &= 134217728
.Ltmp1082:
.Ltmp1083:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1084:
	if w3 == 0 goto LBB0_184
.Ltmp1085:
.Ltmp1086:
# %bb.183:
	#DEBUG_VALUE: i <- 91
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1087:
.Ltmp1088:
	w2 += 91
	w1 = w2
.Ltmp1089:
.Ltmp1090:
LBB0_184:
	#DEBUG_VALUE: i <- 91
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 644
.Ltmp1091:
.Ltmp1092:
	#DEBUG_VALUE: i <- 92
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1093:
	w3 = w1
	w3 &= 268435456
.Ltmp1094:
.Ltmp1095:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1096:
	if w3 == 0 goto LBB0_186
.Ltmp1097:
.Ltmp1098:
# %bb.185:
	#DEBUG_VALUE: i <- 92
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1099:
.Ltmp1100:
	w1 += 92
	w2 = w1
.Ltmp1101:
.Ltmp1102:
LBB0_186:
	#DEBUG_VALUE: i <- 92
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 651
.Ltmp1103:
.Ltmp1104:
	#DEBUG_VALUE: i <- 93
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1105:
	w3 = w2
	w3 &= 536870912
.Ltmp1106:
.Ltmp1107:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1108:
	if w3 == 0 goto LBB0_188
.Ltmp1109:
.Ltmp1110:
# %bb.187:
	#DEBUG_VALUE: i <- 93
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1111:
.Ltmp1112:
	w2 += 93
	w1 = w2
.Ltmp1113:
.Ltmp1114:
LBB0_188:
	#DEBUG_VALUE: i <- 93
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 658
.Ltmp1115:
.Ltmp1116:
	#DEBUG_VALUE: i <- 94
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1117:
	w3 = w1
	w3 &= 1073741824
.Ltmp1118:
.Ltmp1119:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1120:
	if w3 == 0 goto LBB0_190
.Ltmp1121:
.Ltmp1122:
# %bb.189:
	#DEBUG_VALUE: i <- 94
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1123:
.Ltmp1124:
	w1 += 94
	w2 = w1
.Ltmp1125:
.Ltmp1126:
LBB0_190:
	#DEBUG_VALUE: i <- 94
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 95
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 95
	if w2 s< 0 goto LBB0_192
.Ltmp1127:
.Ltmp1128:
# %bb.191:
	#DEBUG_VALUE: i <- 95
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 665
.Ltmp1129:
.Ltmp1130:
	w1 = w2
.Ltmp1131:
.Ltmp1132:
LBB0_192:
	#DEBUG_VALUE: i <- 95
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 672
.Ltmp1133:
.Ltmp1134:
	#DEBUG_VALUE: i <- 96
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1135:
	w3 = w1
	w3 &= 1
.Ltmp1136:
.Ltmp1137:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1138:
	if w3 == 0 goto LBB0_194
.Ltmp1139:
.Ltmp1140:
# %bb.193:
	#DEBUG_VALUE: i <- 96
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1141:
.Ltmp1142:
	w1 += 96
	w2 = w1
.Ltmp1143:
.Ltmp1144:
LBB0_194:
	#DEBUG_VALUE: i <- 96
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 679
.Ltmp1145:
.Ltmp1146:
	#DEBUG_VALUE: i <- 97
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1147:
	w3 = w2
	w3 &= 2
.Ltmp1148:
.Ltmp1149:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1150:
	if w3 == 0 goto LBB0_196
.Ltmp1151:
.Ltmp1152:
# %bb.195:
	#DEBUG_VALUE: i <- 97
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1153:
.Ltmp1154:
	w2 += 97
	w1 = w2
.Ltmp1155:
.Ltmp1156:
LBB0_196:
	#DEBUG_VALUE: i <- 97
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 686
.Ltmp1157:
.Ltmp1158:
	#DEBUG_VALUE: i <- 98
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1159:
	w3 = w1
	w3 &= 4
.Ltmp1160:
.Ltmp1161:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1162:
	if w3 == 0 goto LBB0_198
.Ltmp1163:
.Ltmp1164:
# %bb.197:
	#DEBUG_VALUE: i <- 98
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1165:
.Ltmp1166:
	w1 += 98
	w2 = w1
.Ltmp1167:
.Ltmp1168:
LBB0_198:
	#DEBUG_VALUE: i <- 98
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 693
.Ltmp1169:
.Ltmp1170:
	#DEBUG_VALUE: i <- 99
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1171:
	w3 = w2
	w3 &= 8
.Ltmp1172:
.Ltmp1173:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1174:
	if w3 == 0 goto LBB0_200
.Ltmp1175:
.Ltmp1176:
# %bb.199:
	#DEBUG_VALUE: i <- 99
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1177:
.Ltmp1178:
	w2 += 99
	w1 = w2
.Ltmp1179:
.Ltmp1180:
LBB0_200:
	#DEBUG_VALUE: i <- 99
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 700
.Ltmp1181:
.Ltmp1182:
	#DEBUG_VALUE: i <- 100
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1183:
	w3 = w1
	w3 &= 16
.Ltmp1184:
.Ltmp1185:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1186:
	if w3 == 0 goto LBB0_202
.Ltmp1187:
.Ltmp1188:
# %bb.201:
	#DEBUG_VALUE: i <- 100
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1189:
.Ltmp1190:
	w1 += 100
	w2 = w1
.Ltmp1191:
.Ltmp1192:
LBB0_202:
	#DEBUG_VALUE: i <- 100
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 707
.Ltmp1193:
.Ltmp1194:
	#DEBUG_VALUE: i <- 101
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1195:
	w3 = w2
	w3 &= 32
.Ltmp1196:
.Ltmp1197:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1198:
	if w3 == 0 goto LBB0_204
.Ltmp1199:
.Ltmp1200:
# %bb.203:
	#DEBUG_VALUE: i <- 101
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1201:
.Ltmp1202:
	w2 += 101
	w1 = w2
.Ltmp1203:
.Ltmp1204:
LBB0_204:
	#DEBUG_VALUE: i <- 101
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 714
.Ltmp1205:
.Ltmp1206:
	#DEBUG_VALUE: i <- 102
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1207:
	w3 = w1
	w3 &= 64
.Ltmp1208:
.Ltmp1209:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1210:
	if w3 == 0 goto LBB0_206
.Ltmp1211:
.Ltmp1212:
# %bb.205:
	#DEBUG_VALUE: i <- 102
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1213:
.Ltmp1214:
	w1 += 102
	w2 = w1
.Ltmp1215:
.Ltmp1216:
LBB0_206:
	#DEBUG_VALUE: i <- 102
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 721
.Ltmp1217:
.Ltmp1218:
	#DEBUG_VALUE: i <- 103
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1219:
	w3 = w2
	w3 &= 128
.Ltmp1220:
.Ltmp1221:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1222:
	if w3 == 0 goto LBB0_208
.Ltmp1223:
.Ltmp1224:
# %bb.207:
	#DEBUG_VALUE: i <- 103
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1225:
.Ltmp1226:
	w2 += 103
	w1 = w2
.Ltmp1227:
.Ltmp1228:
LBB0_208:
	#DEBUG_VALUE: i <- 103
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 728
.Ltmp1229:
.Ltmp1230:
	#DEBUG_VALUE: i <- 104
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1231:
	w3 = w1
	w3 &= 256
.Ltmp1232:
.Ltmp1233:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1234:
	if w3 == 0 goto LBB0_210
.Ltmp1235:
.Ltmp1236:
# %bb.209:
	#DEBUG_VALUE: i <- 104
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1237:
.Ltmp1238:
	w1 += 104
	w2 = w1
.Ltmp1239:
.Ltmp1240:
LBB0_210:
	#DEBUG_VALUE: i <- 104
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 735
.Ltmp1241:
.Ltmp1242:
	#DEBUG_VALUE: i <- 105
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1243:
	w3 = w2
	w3 &= 512
.Ltmp1244:
.Ltmp1245:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1246:
	if w3 == 0 goto LBB0_212
.Ltmp1247:
.Ltmp1248:
# %bb.211:
	#DEBUG_VALUE: i <- 105
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1249:
.Ltmp1250:
	w2 += 105
	w1 = w2
.Ltmp1251:
.Ltmp1252:
LBB0_212:
	#DEBUG_VALUE: i <- 105
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 742
.Ltmp1253:
.Ltmp1254:
	#DEBUG_VALUE: i <- 106
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1255:
	w3 = w1
	w3 &= 1024
.Ltmp1256:
.Ltmp1257:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1258:
	if w3 == 0 goto LBB0_214
.Ltmp1259:
.Ltmp1260:
# %bb.213:
	#DEBUG_VALUE: i <- 106
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1261:
.Ltmp1262:
	w1 += 106
	w2 = w1
.Ltmp1263:
.Ltmp1264:
LBB0_214:
	#DEBUG_VALUE: i <- 106
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 749
.Ltmp1265:
.Ltmp1266:
	#DEBUG_VALUE: i <- 107
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1267:
	w3 = w2
	w3 &= 2048
.Ltmp1268:
.Ltmp1269:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1270:
	if w3 == 0 goto LBB0_216
.Ltmp1271:
.Ltmp1272:
# %bb.215:
	#DEBUG_VALUE: i <- 107
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1273:
.Ltmp1274:
	w2 += 107
	w1 = w2
.Ltmp1275:
.Ltmp1276:
LBB0_216:
	#DEBUG_VALUE: i <- 107
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 756
.Ltmp1277:
.Ltmp1278:
	#DEBUG_VALUE: i <- 108
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1279:
	w3 = w1
	w3 &= 4096
.Ltmp1280:
.Ltmp1281:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1282:
	if w3 == 0 goto LBB0_218
.Ltmp1283:
.Ltmp1284:
# %bb.217:
	#DEBUG_VALUE: i <- 108
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1285:
.Ltmp1286:
	w1 += 108
	w2 = w1
.Ltmp1287:
.Ltmp1288:
LBB0_218:
	#DEBUG_VALUE: i <- 108
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 763
.Ltmp1289:
.Ltmp1290:
	#DEBUG_VALUE: i <- 109
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1291:
	w3 = w2
	w3 &= 8192
.Ltmp1292:
.Ltmp1293:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1294:
	if w3 == 0 goto LBB0_220
.Ltmp1295:
.Ltmp1296:
# %bb.219:
	#DEBUG_VALUE: i <- 109
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1297:
.Ltmp1298:
	w2 += 109
	w1 = w2
.Ltmp1299:
.Ltmp1300:
LBB0_220:
	#DEBUG_VALUE: i <- 109
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 770
.Ltmp1301:
.Ltmp1302:
	#DEBUG_VALUE: i <- 110
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1303:
	w3 = w1
	w3 &= 16384
.Ltmp1304:
.Ltmp1305:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1306:
	if w3 == 0 goto LBB0_222
.Ltmp1307:
.Ltmp1308:
# %bb.221:
	#DEBUG_VALUE: i <- 110
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1309:
.Ltmp1310:
	w1 += 110
	w2 = w1
.Ltmp1311:
.Ltmp1312:
LBB0_222:
	#DEBUG_VALUE: i <- 110
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 777
.Ltmp1313:
.Ltmp1314:
	#DEBUG_VALUE: i <- 111
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1315:
	w3 = w2
	w3 &= 32768
.Ltmp1316:
.Ltmp1317:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1318:
	if w3 == 0 goto LBB0_224
.Ltmp1319:
.Ltmp1320:
# %bb.223:
	#DEBUG_VALUE: i <- 111
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1321:
.Ltmp1322:
	w2 += 111
	w1 = w2
.Ltmp1323:
.Ltmp1324:
LBB0_224:
	#DEBUG_VALUE: i <- 111
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 784
.Ltmp1325:
.Ltmp1326:
	#DEBUG_VALUE: i <- 112
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1327:
	w3 = w1
	w3 &= 65536
.Ltmp1328:
.Ltmp1329:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1330:
	if w3 == 0 goto LBB0_226
.Ltmp1331:
.Ltmp1332:
# %bb.225:
	#DEBUG_VALUE: i <- 112
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1333:
.Ltmp1334:
	w1 += 112
	w2 = w1
.Ltmp1335:
.Ltmp1336:
LBB0_226:
	#DEBUG_VALUE: i <- 112
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 791
.Ltmp1337:
.Ltmp1338:
	#DEBUG_VALUE: i <- 113
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1339:
	w3 = w2
	w3 &= 131072
.Ltmp1340:
.Ltmp1341:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1342:
	if w3 == 0 goto LBB0_228
.Ltmp1343:
.Ltmp1344:
# %bb.227:
	#DEBUG_VALUE: i <- 113
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1345:
.Ltmp1346:
	w2 += 113
	w1 = w2
.Ltmp1347:
.Ltmp1348:
LBB0_228:
	#DEBUG_VALUE: i <- 113
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 798
.Ltmp1349:
.Ltmp1350:
	#DEBUG_VALUE: i <- 114
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1351:
	w3 = w1
	w3 &= 262144
.Ltmp1352:
.Ltmp1353:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1354:
	if w3 == 0 goto LBB0_230
.Ltmp1355:
.Ltmp1356:
# %bb.229:
	#DEBUG_VALUE: i <- 114
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1357:
.Ltmp1358:
	w1 += 114
	w2 = w1
.Ltmp1359:
.Ltmp1360:
LBB0_230:
	#DEBUG_VALUE: i <- 114
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 805
.Ltmp1361:
.Ltmp1362:
	#DEBUG_VALUE: i <- 115
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1363:
	w3 = w2
	w3 &= 524288
.Ltmp1364:
.Ltmp1365:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1366:
	if w3 == 0 goto LBB0_232
.Ltmp1367:
.Ltmp1368:
# %bb.231:
	#DEBUG_VALUE: i <- 115
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1369:
.Ltmp1370:
	w2 += 115
	w1 = w2
.Ltmp1371:
.Ltmp1372:
LBB0_232:
	#DEBUG_VALUE: i <- 115
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 812
.Ltmp1373:
.Ltmp1374:
	#DEBUG_VALUE: i <- 116
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1375:
	w3 = w1
	w3 &= 1048576
.Ltmp1376:
.Ltmp1377:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1378:
	if w3 == 0 goto LBB0_234
.Ltmp1379:
.Ltmp1380:
# %bb.233:
	#DEBUG_VALUE: i <- 116
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1381:
.Ltmp1382:
	w1 += 116
	w2 = w1
.Ltmp1383:
.Ltmp1384:
LBB0_234:
	#DEBUG_VALUE: i <- 116
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 819
.Ltmp1385:
.Ltmp1386:
	#DEBUG_VALUE: i <- 117
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1387:
	w3 = w2
	w3 &= 2097152
.Ltmp1388:
.Ltmp1389:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1390:
	if w3 == 0 goto LBB0_236
.Ltmp1391:
.Ltmp1392:
# %bb.235:
	#DEBUG_VALUE: i <- 117
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1393:
.Ltmp1394:
	w2 += 117
	w1 = w2
.Ltmp1395:
.Ltmp1396:
LBB0_236:
	#DEBUG_VALUE: i <- 117
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 826
.Ltmp1397:
.Ltmp1398:
	#DEBUG_VALUE: i <- 118
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1399:
	w3 = w1
	w3 &= 4194304
.Ltmp1400:
.Ltmp1401:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1402:
	if w3 == 0 goto LBB0_238
.Ltmp1403:
.Ltmp1404:
# %bb.237:
	#DEBUG_VALUE: i <- 118
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1405:
.Ltmp1406:
	w1 += 118
	w2 = w1
.Ltmp1407:
.Ltmp1408:
LBB0_238:
	#DEBUG_VALUE: i <- 118
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 833
.Ltmp1409:
.Ltmp1410:
	#DEBUG_VALUE: i <- 119
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1411:
	w3 = w2
	w3 &= 8388608
.Ltmp1412:
.Ltmp1413:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1414:
	if w3 == 0 goto LBB0_240
.Ltmp1415:
.Ltmp1416:
# %bb.239:
	#DEBUG_VALUE: i <- 119
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1417:
.Ltmp1418:
	w2 += 119
	w1 = w2
.Ltmp1419:
.Ltmp1420:
LBB0_240:
	#DEBUG_VALUE: i <- 119
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 840
.Ltmp1421:
.Ltmp1422:
	#DEBUG_VALUE: i <- 120
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1423:
	w3 = w1
	w3 &= 16777216
.Ltmp1424:
.Ltmp1425:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1426:
	if w3 == 0 goto LBB0_242
.Ltmp1427:
.Ltmp1428:
# %bb.241:
	#DEBUG_VALUE: i <- 120
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1429:
.Ltmp1430:
	w1 += 120
	w2 = w1
.Ltmp1431:
.Ltmp1432:
LBB0_242:
	#DEBUG_VALUE: i <- 120
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 847
.Ltmp1433:
.Ltmp1434:
	#DEBUG_VALUE: i <- 121
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1435:
	w3 = w2
	w3 &= 33554432
.Ltmp1436:
.Ltmp1437:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1438:
	if w3 == 0 goto LBB0_244
.Ltmp1439:
.Ltmp1440:
# %bb.243:
	#DEBUG_VALUE: i <- 121
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1441:
.Ltmp1442:
	w2 += 121
	w1 = w2
.Ltmp1443:
.Ltmp1444:
LBB0_244:
	#DEBUG_VALUE: i <- 121
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 854
.Ltmp1445:
.Ltmp1446:
	#DEBUG_VALUE: i <- 122
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1447:
	w3 = w1
	w3 &= 67108864
.Ltmp1448:
.Ltmp1449:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1450:
	if w3 == 0 goto LBB0_246
.Ltmp1451:
.Ltmp1452:
# %bb.245:
	#DEBUG_VALUE: i <- 122
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1453:
.Ltmp1454:
	w1 += 122
	w2 = w1
.Ltmp1455:
.Ltmp1456:
LBB0_246:
	#DEBUG_VALUE: i <- 122
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 861
.Ltmp1457:
.Ltmp1458:
	#DEBUG_VALUE: i <- 123
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1459:
	w3 = w2
	w3 &= 134217728
.Ltmp1460:
.Ltmp1461:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1462:
	if w3 == 0 goto LBB0_248
.Ltmp1463:
.Ltmp1464:
# %bb.247:
	#DEBUG_VALUE: i <- 123
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1465:
.Ltmp1466:
	w2 += 123
	w1 = w2
.Ltmp1467:
.Ltmp1468:
LBB0_248:
	#DEBUG_VALUE: i <- 123
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 868
.Ltmp1469:
.Ltmp1470:
	#DEBUG_VALUE: i <- 124
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1471:
	w3 = w1
	w3 &= 268435456
.Ltmp1472:
.Ltmp1473:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1474:
	if w3 == 0 goto LBB0_250
.Ltmp1475:
.Ltmp1476:
# %bb.249:
	#DEBUG_VALUE: i <- 124
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1477:
.Ltmp1478:
	w1 += 124
	w2 = w1
.Ltmp1479:
.Ltmp1480:
LBB0_250:
	#DEBUG_VALUE: i <- 124
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 875
.Ltmp1481:
.Ltmp1482:
	#DEBUG_VALUE: i <- 125
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1483:
	w3 = w2
	w3 &= 536870912
.Ltmp1484:
.Ltmp1485:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1486:
	if w3 == 0 goto LBB0_252
.Ltmp1487:
.Ltmp1488:
# %bb.251:
	#DEBUG_VALUE: i <- 125
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1489:
.Ltmp1490:
	w2 += 125
	w1 = w2
.Ltmp1491:
.Ltmp1492:
LBB0_252:
	#DEBUG_VALUE: i <- 125
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 882
.Ltmp1493:
.Ltmp1494:
	#DEBUG_VALUE: i <- 126
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1495:
	w3 = w1
	w3 &= 1073741824
.Ltmp1496:
.Ltmp1497:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1498:
	if w3 == 0 goto LBB0_254
.Ltmp1499:
.Ltmp1500:
# %bb.253:
	#DEBUG_VALUE: i <- 126
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1501:
.Ltmp1502:
	w1 += 126
	w2 = w1
.Ltmp1503:
.Ltmp1504:
LBB0_254:
	#DEBUG_VALUE: i <- 126
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 127
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 127
	if w2 s< 0 goto LBB0_256
.Ltmp1505:
.Ltmp1506:
# %bb.255:
	#DEBUG_VALUE: i <- 127
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 889
.Ltmp1507:
.Ltmp1508:
	w1 = w2
.Ltmp1509:
.Ltmp1510:
LBB0_256:
	#DEBUG_VALUE: i <- 127
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 896
.Ltmp1511:
.Ltmp1512:
	#DEBUG_VALUE: i <- 128
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1513:
	w3 = w1
	w3 &= 1
.Ltmp1514:
.Ltmp1515:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1516:
	if w3 == 0 goto LBB0_258
.Ltmp1517:
.Ltmp1518:
# %bb.257:
	#DEBUG_VALUE: i <- 128
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1519:
.Ltmp1520:
	w1 += 128
	w2 = w1
.Ltmp1521:
.Ltmp1522:
LBB0_258:
	#DEBUG_VALUE: i <- 128
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 903
.Ltmp1523:
.Ltmp1524:
	#DEBUG_VALUE: i <- 129
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1525:
	w3 = w2
	w3 &= 2
.Ltmp1526:
.Ltmp1527:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1528:
	if w3 == 0 goto LBB0_260
.Ltmp1529:
.Ltmp1530:
# %bb.259:
	#DEBUG_VALUE: i <- 129
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1531:
.Ltmp1532:
	w2 += 129
	w1 = w2
.Ltmp1533:
.Ltmp1534:
LBB0_260:
	#DEBUG_VALUE: i <- 129
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 910
.Ltmp1535:
.Ltmp1536:
	#DEBUG_VALUE: i <- 130
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1537:
	w3 = w1
	w3 &= 4
.Ltmp1538:
.Ltmp1539:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1540:
	if w3 == 0 goto LBB0_262
.Ltmp1541:
.Ltmp1542:
# %bb.261:
	#DEBUG_VALUE: i <- 130
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1543:
.Ltmp1544:
	w1 += 130
	w2 = w1
.Ltmp1545:
.Ltmp1546:
LBB0_262:
	#DEBUG_VALUE: i <- 130
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 917
.Ltmp1547:
.Ltmp1548:
	#DEBUG_VALUE: i <- 131
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1549:
	w3 = w2
	w3 &= 8
.Ltmp1550:
.Ltmp1551:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1552:
	if w3 == 0 goto LBB0_264
.Ltmp1553:
.Ltmp1554:
# %bb.263:
	#DEBUG_VALUE: i <- 131
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1555:
.Ltmp1556:
	w2 += 131
	w1 = w2
.Ltmp1557:
.Ltmp1558:
LBB0_264:
	#DEBUG_VALUE: i <- 131
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 924
.Ltmp1559:
.Ltmp1560:
	#DEBUG_VALUE: i <- 132
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1561:
	w3 = w1
	w3 &= 16
.Ltmp1562:
.Ltmp1563:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1564:
	if w3 == 0 goto LBB0_266
.Ltmp1565:
.Ltmp1566:
# %bb.265:
	#DEBUG_VALUE: i <- 132
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1567:
.Ltmp1568:
	w1 += 132
	w2 = w1
.Ltmp1569:
.Ltmp1570:
LBB0_266:
	#DEBUG_VALUE: i <- 132
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 931
.Ltmp1571:
.Ltmp1572:
	#DEBUG_VALUE: i <- 133
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1573:
	w3 = w2
	w3 &= 32
.Ltmp1574:
.Ltmp1575:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1576:
	if w3 == 0 goto LBB0_268
.Ltmp1577:
.Ltmp1578:
# %bb.267:
	#DEBUG_VALUE: i <- 133
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1579:
.Ltmp1580:
	w2 += 133
	w1 = w2
.Ltmp1581:
.Ltmp1582:
LBB0_268:
	#DEBUG_VALUE: i <- 133
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 938
.Ltmp1583:
.Ltmp1584:
	#DEBUG_VALUE: i <- 134
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1585:
	w3 = w1
	w3 &= 64
.Ltmp1586:
.Ltmp1587:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1588:
	if w3 == 0 goto LBB0_270
.Ltmp1589:
.Ltmp1590:
# %bb.269:
	#DEBUG_VALUE: i <- 134
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1591:
.Ltmp1592:
	w1 += 134
	w2 = w1
.Ltmp1593:
.Ltmp1594:
LBB0_270:
	#DEBUG_VALUE: i <- 134
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 945
.Ltmp1595:
.Ltmp1596:
	#DEBUG_VALUE: i <- 135
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1597:
	w3 = w2
	w3 &= 128
.Ltmp1598:
.Ltmp1599:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1600:
	if w3 == 0 goto LBB0_272
.Ltmp1601:
.Ltmp1602:
# %bb.271:
	#DEBUG_VALUE: i <- 135
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1603:
.Ltmp1604:
	w2 += 135
	w1 = w2
.Ltmp1605:
.Ltmp1606:
LBB0_272:
	#DEBUG_VALUE: i <- 135
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 952
.Ltmp1607:
.Ltmp1608:
	#DEBUG_VALUE: i <- 136
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1609:
	w3 = w1
	w3 &= 256
.Ltmp1610:
.Ltmp1611:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1612:
	if w3 == 0 goto LBB0_274
.Ltmp1613:
.Ltmp1614:
# %bb.273:
	#DEBUG_VALUE: i <- 136
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1615:
.Ltmp1616:
	w1 += 136
	w2 = w1
.Ltmp1617:
.Ltmp1618:
LBB0_274:
	#DEBUG_VALUE: i <- 136
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 959
.Ltmp1619:
.Ltmp1620:
	#DEBUG_VALUE: i <- 137
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1621:
	w3 = w2
	w3 &= 512
.Ltmp1622:
.Ltmp1623:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1624:
	if w3 == 0 goto LBB0_276
.Ltmp1625:
.Ltmp1626:
# %bb.275:
	#DEBUG_VALUE: i <- 137
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1627:
.Ltmp1628:
	w2 += 137
	w1 = w2
.Ltmp1629:
.Ltmp1630:
LBB0_276:
	#DEBUG_VALUE: i <- 137
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 966
.Ltmp1631:
.Ltmp1632:
	#DEBUG_VALUE: i <- 138
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1633:
	w3 = w1
	w3 &= 1024
.Ltmp1634:
.Ltmp1635:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1636:
	if w3 == 0 goto LBB0_278
.Ltmp1637:
.Ltmp1638:
# %bb.277:
	#DEBUG_VALUE: i <- 138
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1639:
.Ltmp1640:
	w1 += 138
	w2 = w1
.Ltmp1641:
.Ltmp1642:
LBB0_278:
	#DEBUG_VALUE: i <- 138
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 973
.Ltmp1643:
.Ltmp1644:
	#DEBUG_VALUE: i <- 139
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1645:
	w3 = w2
	w3 &= 2048
.Ltmp1646:
.Ltmp1647:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1648:
	if w3 == 0 goto LBB0_280
.Ltmp1649:
.Ltmp1650:
# %bb.279:
	#DEBUG_VALUE: i <- 139
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1651:
.Ltmp1652:
	w2 += 139
	w1 = w2
.Ltmp1653:
.Ltmp1654:
LBB0_280:
	#DEBUG_VALUE: i <- 139
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 980
.Ltmp1655:
.Ltmp1656:
	#DEBUG_VALUE: i <- 140
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1657:
	w3 = w1
	w3 &= 4096
.Ltmp1658:
.Ltmp1659:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1660:
	if w3 == 0 goto LBB0_282
.Ltmp1661:
.Ltmp1662:
# %bb.281:
	#DEBUG_VALUE: i <- 140
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1663:
.Ltmp1664:
	w1 += 140
	w2 = w1
.Ltmp1665:
.Ltmp1666:
LBB0_282:
	#DEBUG_VALUE: i <- 140
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 987
.Ltmp1667:
.Ltmp1668:
	#DEBUG_VALUE: i <- 141
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1669:
	w3 = w2
	w3 &= 8192
.Ltmp1670:
.Ltmp1671:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1672:
	if w3 == 0 goto LBB0_284
.Ltmp1673:
.Ltmp1674:
# %bb.283:
	#DEBUG_VALUE: i <- 141
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1675:
.Ltmp1676:
	w2 += 141
	w1 = w2
.Ltmp1677:
.Ltmp1678:
LBB0_284:
	#DEBUG_VALUE: i <- 141
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 994
.Ltmp1679:
.Ltmp1680:
	#DEBUG_VALUE: i <- 142
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1681:
	w3 = w1
	w3 &= 16384
.Ltmp1682:
.Ltmp1683:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1684:
	if w3 == 0 goto LBB0_286
.Ltmp1685:
.Ltmp1686:
# %bb.285:
	#DEBUG_VALUE: i <- 142
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1687:
.Ltmp1688:
	w1 += 142
	w2 = w1
.Ltmp1689:
.Ltmp1690:
LBB0_286:
	#DEBUG_VALUE: i <- 142
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1001
.Ltmp1691:
.Ltmp1692:
	#DEBUG_VALUE: i <- 143
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1693:
	w3 = w2
	w3 &= 32768
.Ltmp1694:
.Ltmp1695:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1696:
	if w3 == 0 goto LBB0_288
.Ltmp1697:
.Ltmp1698:
# %bb.287:
	#DEBUG_VALUE: i <- 143
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1699:
.Ltmp1700:
	w2 += 143
	w1 = w2
.Ltmp1701:
.Ltmp1702:
LBB0_288:
	#DEBUG_VALUE: i <- 143
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1008
.Ltmp1703:
.Ltmp1704:
	#DEBUG_VALUE: i <- 144
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1705:
	w3 = w1
	w3 &= 65536
.Ltmp1706:
.Ltmp1707:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1708:
	if w3 == 0 goto LBB0_290
.Ltmp1709:
.Ltmp1710:
# %bb.289:
	#DEBUG_VALUE: i <- 144
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1711:
.Ltmp1712:
	w1 += 144
	w2 = w1
.Ltmp1713:
.Ltmp1714:
LBB0_290:
	#DEBUG_VALUE: i <- 144
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1015
.Ltmp1715:
.Ltmp1716:
	#DEBUG_VALUE: i <- 145
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1717:
	w3 = w2
	w3 &= 131072
.Ltmp1718:
.Ltmp1719:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1720:
	if w3 == 0 goto LBB0_292
.Ltmp1721:
.Ltmp1722:
# %bb.291:
	#DEBUG_VALUE: i <- 145
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1723:
.Ltmp1724:
	w2 += 145
	w1 = w2
.Ltmp1725:
.Ltmp1726:
LBB0_292:
	#DEBUG_VALUE: i <- 145
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1022
.Ltmp1727:
.Ltmp1728:
	#DEBUG_VALUE: i <- 146
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1729:
	w3 = w1
	w3 &= 262144
.Ltmp1730:
.Ltmp1731:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1732:
	if w3 == 0 goto LBB0_294
.Ltmp1733:
.Ltmp1734:
# %bb.293:
	#DEBUG_VALUE: i <- 146
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1735:
.Ltmp1736:
	w1 += 146
	w2 = w1
.Ltmp1737:
.Ltmp1738:
LBB0_294:
	#DEBUG_VALUE: i <- 146
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1029
.Ltmp1739:
.Ltmp1740:
	#DEBUG_VALUE: i <- 147
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1741:
	w3 = w2
	w3 &= 524288
.Ltmp1742:
.Ltmp1743:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1744:
	if w3 == 0 goto LBB0_296
.Ltmp1745:
.Ltmp1746:
# %bb.295:
	#DEBUG_VALUE: i <- 147
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1747:
.Ltmp1748:
	w2 += 147
	w1 = w2
.Ltmp1749:
.Ltmp1750:
LBB0_296:
	#DEBUG_VALUE: i <- 147
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1036
.Ltmp1751:
.Ltmp1752:
	#DEBUG_VALUE: i <- 148
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1753:
	w3 = w1
	w3 &= 1048576
.Ltmp1754:
.Ltmp1755:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1756:
	if w3 == 0 goto LBB0_298
.Ltmp1757:
.Ltmp1758:
# %bb.297:
	#DEBUG_VALUE: i <- 148
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1759:
.Ltmp1760:
	w1 += 148
	w2 = w1
.Ltmp1761:
.Ltmp1762:
LBB0_298:
	#DEBUG_VALUE: i <- 148
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1043
.Ltmp1763:
.Ltmp1764:
	#DEBUG_VALUE: i <- 149
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1765:
	w3 = w2
	w3 &= 2097152
.Ltmp1766:
.Ltmp1767:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1768:
	if w3 == 0 goto LBB0_300
.Ltmp1769:
.Ltmp1770:
# %bb.299:
	#DEBUG_VALUE: i <- 149
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1771:
.Ltmp1772:
	w2 += 149
	w1 = w2
.Ltmp1773:
.Ltmp1774:
LBB0_300:
	#DEBUG_VALUE: i <- 149
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1050
.Ltmp1775:
.Ltmp1776:
	#DEBUG_VALUE: i <- 150
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1777:
	w3 = w1
	w3 &= 4194304
.Ltmp1778:
.Ltmp1779:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1780:
	if w3 == 0 goto LBB0_302
.Ltmp1781:
.Ltmp1782:
# %bb.301:
	#DEBUG_VALUE: i <- 150
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1783:
.Ltmp1784:
	w1 += 150
	w2 = w1
.Ltmp1785:
.Ltmp1786:
LBB0_302:
	#DEBUG_VALUE: i <- 150
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1057
.Ltmp1787:
.Ltmp1788:
	#DEBUG_VALUE: i <- 151
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1789:
	w3 = w2
	w3 &= 8388608
.Ltmp1790:
.Ltmp1791:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1792:
	if w3 == 0 goto LBB0_304
.Ltmp1793:
.Ltmp1794:
# %bb.303:
	#DEBUG_VALUE: i <- 151
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1795:
.Ltmp1796:
	w2 += 151
	w1 = w2
.Ltmp1797:
.Ltmp1798:
LBB0_304:
	#DEBUG_VALUE: i <- 151
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1064
.Ltmp1799:
.Ltmp1800:
	#DEBUG_VALUE: i <- 152
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1801:
	w3 = w1
	w3 &= 16777216
.Ltmp1802:
.Ltmp1803:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1804:
	if w3 == 0 goto LBB0_306
.Ltmp1805:
.Ltmp1806:
# %bb.305:
	#DEBUG_VALUE: i <- 152
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1807:
.Ltmp1808:
	w1 += 152
	w2 = w1
.Ltmp1809:
.Ltmp1810:
LBB0_306:
	#DEBUG_VALUE: i <- 152
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1071
.Ltmp1811:
.Ltmp1812:
	#DEBUG_VALUE: i <- 153
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1813:
	w3 = w2
	w3 &= 33554432
.Ltmp1814:
.Ltmp1815:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1816:
	if w3 == 0 goto LBB0_308
.Ltmp1817:
.Ltmp1818:
# %bb.307:
	#DEBUG_VALUE: i <- 153
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1819:
.Ltmp1820:
	w2 += 153
	w1 = w2
.Ltmp1821:
.Ltmp1822:
LBB0_308:
	#DEBUG_VALUE: i <- 153
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1078
.Ltmp1823:
.Ltmp1824:
	#DEBUG_VALUE: i <- 154
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1825:
	w3 = w1
	w3 &= 67108864
.Ltmp1826:
.Ltmp1827:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1828:
	if w3 == 0 goto LBB0_310
.Ltmp1829:
.Ltmp1830:
# %bb.309:
	#DEBUG_VALUE: i <- 154
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1831:
.Ltmp1832:
	w1 += 154
	w2 = w1
.Ltmp1833:
.Ltmp1834:
LBB0_310:
	#DEBUG_VALUE: i <- 154
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1085
.Ltmp1835:
.Ltmp1836:
	#DEBUG_VALUE: i <- 155
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1837:
	w3 = w2
	w3 &= 134217728
.Ltmp1838:
.Ltmp1839:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1840:
	if w3 == 0 goto LBB0_312
.Ltmp1841:
.Ltmp1842:
# %bb.311:
	#DEBUG_VALUE: i <- 155
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1843:
.Ltmp1844:
	w2 += 155
	w1 = w2
.Ltmp1845:
.Ltmp1846:
LBB0_312:
	#DEBUG_VALUE: i <- 155
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1092
.Ltmp1847:
.Ltmp1848:
	#DEBUG_VALUE: i <- 156
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1849:
	w3 = w1
	w3 &= 268435456
.Ltmp1850:
.Ltmp1851:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1852:
	if w3 == 0 goto LBB0_314
.Ltmp1853:
.Ltmp1854:
# %bb.313:
	#DEBUG_VALUE: i <- 156
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1855:
.Ltmp1856:
	w1 += 156
	w2 = w1
.Ltmp1857:
.Ltmp1858:
LBB0_314:
	#DEBUG_VALUE: i <- 156
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1099
.Ltmp1859:
.Ltmp1860:
	#DEBUG_VALUE: i <- 157
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1861:
	w3 = w2
	w3 &= 536870912
.Ltmp1862:
.Ltmp1863:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1864:
	if w3 == 0 goto LBB0_316
.Ltmp1865:
.Ltmp1866:
# %bb.315:
	#DEBUG_VALUE: i <- 157
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1867:
.Ltmp1868:
	w2 += 157
	w1 = w2
.Ltmp1869:
.Ltmp1870:
LBB0_316:
	#DEBUG_VALUE: i <- 157
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1106
.Ltmp1871:
.Ltmp1872:
	#DEBUG_VALUE: i <- 158
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1873:
	w3 = w1
	w3 &= 1073741824
.Ltmp1874:
.Ltmp1875:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1876:
	if w3 == 0 goto LBB0_318
.Ltmp1877:
.Ltmp1878:
# %bb.317:
	#DEBUG_VALUE: i <- 158
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1879:
.Ltmp1880:
	w1 += 158
	w2 = w1
.Ltmp1881:
.Ltmp1882:
LBB0_318:
	#DEBUG_VALUE: i <- 158
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 159
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 159
	if w2 s< 0 goto LBB0_320
.Ltmp1883:
.Ltmp1884:
# %bb.319:
	#DEBUG_VALUE: i <- 159
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 1113
.Ltmp1885:
.Ltmp1886:
	w1 = w2
.Ltmp1887:
.Ltmp1888:
LBB0_320:
	#DEBUG_VALUE: i <- 159
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1120
.Ltmp1889:
.Ltmp1890:
	#DEBUG_VALUE: i <- 160
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1891:
	w3 = w1
	w3 &= 1
.Ltmp1892:
.Ltmp1893:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1894:
	if w3 == 0 goto LBB0_322
.Ltmp1895:
.Ltmp1896:
# %bb.321:
	#DEBUG_VALUE: i <- 160
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1897:
.Ltmp1898:
	w1 += 160
	w2 = w1
.Ltmp1899:
.Ltmp1900:
LBB0_322:
	#DEBUG_VALUE: i <- 160
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1127
.Ltmp1901:
.Ltmp1902:
	#DEBUG_VALUE: i <- 161
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1903:
	w3 = w2
	w3 &= 2
.Ltmp1904:
.Ltmp1905:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1906:
	if w3 == 0 goto LBB0_324
.Ltmp1907:
.Ltmp1908:
# %bb.323:
	#DEBUG_VALUE: i <- 161
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1909:
.Ltmp1910:
	w2 += 161
	w1 = w2
.Ltmp1911:
.Ltmp1912:
LBB0_324:
	#DEBUG_VALUE: i <- 161
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1134
.Ltmp1913:
.Ltmp1914:
	#DEBUG_VALUE: i <- 162
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1915:
	w3 = w1
	w3 &= 4
.Ltmp1916:
.Ltmp1917:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1918:
	if w3 == 0 goto LBB0_326
.Ltmp1919:
.Ltmp1920:
# %bb.325:
	#DEBUG_VALUE: i <- 162
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1921:
.Ltmp1922:
	w1 += 162
	w2 = w1
.Ltmp1923:
.Ltmp1924:
LBB0_326:
	#DEBUG_VALUE: i <- 162
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1141
.Ltmp1925:
.Ltmp1926:
	#DEBUG_VALUE: i <- 163
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1927:
	w3 = w2
	w3 &= 8
.Ltmp1928:
.Ltmp1929:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1930:
	if w3 == 0 goto LBB0_328
.Ltmp1931:
.Ltmp1932:
# %bb.327:
	#DEBUG_VALUE: i <- 163
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1933:
.Ltmp1934:
	w2 += 163
	w1 = w2
.Ltmp1935:
.Ltmp1936:
LBB0_328:
	#DEBUG_VALUE: i <- 163
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1148
.Ltmp1937:
.Ltmp1938:
	#DEBUG_VALUE: i <- 164
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1939:
	w3 = w1
	w3 &= 16
.Ltmp1940:
.Ltmp1941:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1942:
	if w3 == 0 goto LBB0_330
.Ltmp1943:
.Ltmp1944:
# %bb.329:
	#DEBUG_VALUE: i <- 164
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1945:
.Ltmp1946:
	w1 += 164
	w2 = w1
.Ltmp1947:
.Ltmp1948:
LBB0_330:
	#DEBUG_VALUE: i <- 164
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1155
.Ltmp1949:
.Ltmp1950:
	#DEBUG_VALUE: i <- 165
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1951:
	w3 = w2
	w3 &= 32
.Ltmp1952:
.Ltmp1953:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1954:
	if w3 == 0 goto LBB0_332
.Ltmp1955:
.Ltmp1956:
# %bb.331:
	#DEBUG_VALUE: i <- 165
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1957:
.Ltmp1958:
	w2 += 165
	w1 = w2
.Ltmp1959:
.Ltmp1960:
LBB0_332:
	#DEBUG_VALUE: i <- 165
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1162
.Ltmp1961:
.Ltmp1962:
	#DEBUG_VALUE: i <- 166
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1963:
	w3 = w1
	w3 &= 64
.Ltmp1964:
.Ltmp1965:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1966:
	if w3 == 0 goto LBB0_334
.Ltmp1967:
.Ltmp1968:
# %bb.333:
	#DEBUG_VALUE: i <- 166
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1969:
.Ltmp1970:
	w1 += 166
	w2 = w1
.Ltmp1971:
.Ltmp1972:
LBB0_334:
	#DEBUG_VALUE: i <- 166
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1169
.Ltmp1973:
.Ltmp1974:
	#DEBUG_VALUE: i <- 167
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1975:
	w3 = w2
	w3 &= 128
.Ltmp1976:
.Ltmp1977:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1978:
	if w3 == 0 goto LBB0_336
.Ltmp1979:
.Ltmp1980:
# %bb.335:
	#DEBUG_VALUE: i <- 167
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp1981:
.Ltmp1982:
	w2 += 167
	w1 = w2
.Ltmp1983:
.Ltmp1984:
LBB0_336:
	#DEBUG_VALUE: i <- 167
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1176
.Ltmp1985:
.Ltmp1986:
	#DEBUG_VALUE: i <- 168
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1987:
	w3 = w1
	w3 &= 256
.Ltmp1988:
.Ltmp1989:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp1990:
	if w3 == 0 goto LBB0_338
.Ltmp1991:
.Ltmp1992:
# %bb.337:
	#DEBUG_VALUE: i <- 168
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp1993:
.Ltmp1994:
	w1 += 168
	w2 = w1
.Ltmp1995:
.Ltmp1996:
LBB0_338:
	#DEBUG_VALUE: i <- 168
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1183
.Ltmp1997:
.Ltmp1998:
	#DEBUG_VALUE: i <- 169
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp1999:
	w3 = w2
	w3 &= 512
.Ltmp2000:
.Ltmp2001:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2002:
	if w3 == 0 goto LBB0_340
.Ltmp2003:
.Ltmp2004:
# %bb.339:
	#DEBUG_VALUE: i <- 169
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2005:
.Ltmp2006:
	w2 += 169
	w1 = w2
.Ltmp2007:
.Ltmp2008:
LBB0_340:
	#DEBUG_VALUE: i <- 169
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1190
.Ltmp2009:
.Ltmp2010:
	#DEBUG_VALUE: i <- 170
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2011:
	w3 = w1
	w3 &= 1024
.Ltmp2012:
.Ltmp2013:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2014:
	if w3 == 0 goto LBB0_342
.Ltmp2015:
.Ltmp2016:
# %bb.341:
	#DEBUG_VALUE: i <- 170
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2017:
.Ltmp2018:
	w1 += 170
	w2 = w1
.Ltmp2019:
.Ltmp2020:
LBB0_342:
	#DEBUG_VALUE: i <- 170
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1197
.Ltmp2021:
.Ltmp2022:
	#DEBUG_VALUE: i <- 171
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2023:
	w3 = w2
	w3 &= 2048
.Ltmp2024:
.Ltmp2025:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2026:
	if w3 == 0 goto LBB0_344
.Ltmp2027:
.Ltmp2028:
# %bb.343:
	#DEBUG_VALUE: i <- 171
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2029:
.Ltmp2030:
	w2 += 171
	w1 = w2
.Ltmp2031:
.Ltmp2032:
LBB0_344:
	#DEBUG_VALUE: i <- 171
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1204
.Ltmp2033:
.Ltmp2034:
	#DEBUG_VALUE: i <- 172
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2035:
	w3 = w1
	w3 &= 4096
.Ltmp2036:
.Ltmp2037:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2038:
	if w3 == 0 goto LBB0_346
.Ltmp2039:
.Ltmp2040:
# %bb.345:
	#DEBUG_VALUE: i <- 172
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2041:
.Ltmp2042:
	w1 += 172
	w2 = w1
.Ltmp2043:
.Ltmp2044:
LBB0_346:
	#DEBUG_VALUE: i <- 172
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1211
.Ltmp2045:
.Ltmp2046:
	#DEBUG_VALUE: i <- 173
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2047:
	w3 = w2
	w3 &= 8192
.Ltmp2048:
.Ltmp2049:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2050:
	if w3 == 0 goto LBB0_348
.Ltmp2051:
.Ltmp2052:
# %bb.347:
	#DEBUG_VALUE: i <- 173
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2053:
.Ltmp2054:
	w2 += 173
	w1 = w2
.Ltmp2055:
.Ltmp2056:
LBB0_348:
	#DEBUG_VALUE: i <- 173
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1218
.Ltmp2057:
.Ltmp2058:
	#DEBUG_VALUE: i <- 174
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2059:
	w3 = w1
	w3 &= 16384
.Ltmp2060:
.Ltmp2061:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2062:
	if w3 == 0 goto LBB0_350
.Ltmp2063:
.Ltmp2064:
# %bb.349:
	#DEBUG_VALUE: i <- 174
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2065:
.Ltmp2066:
	w1 += 174
	w2 = w1
.Ltmp2067:
.Ltmp2068:
LBB0_350:
	#DEBUG_VALUE: i <- 174
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1225
.Ltmp2069:
.Ltmp2070:
	#DEBUG_VALUE: i <- 175
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2071:
	w3 = w2
	w3 &= 32768
.Ltmp2072:
.Ltmp2073:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2074:
	if w3 == 0 goto LBB0_352
.Ltmp2075:
.Ltmp2076:
# %bb.351:
	#DEBUG_VALUE: i <- 175
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2077:
.Ltmp2078:
	w2 += 175
	w1 = w2
.Ltmp2079:
.Ltmp2080:
LBB0_352:
	#DEBUG_VALUE: i <- 175
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1232
.Ltmp2081:
.Ltmp2082:
	#DEBUG_VALUE: i <- 176
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2083:
	w3 = w1
	w3 &= 65536
.Ltmp2084:
.Ltmp2085:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2086:
	if w3 == 0 goto LBB0_354
.Ltmp2087:
.Ltmp2088:
# %bb.353:
	#DEBUG_VALUE: i <- 176
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2089:
.Ltmp2090:
	w1 += 176
	w2 = w1
.Ltmp2091:
.Ltmp2092:
LBB0_354:
	#DEBUG_VALUE: i <- 176
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1239
.Ltmp2093:
.Ltmp2094:
	#DEBUG_VALUE: i <- 177
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2095:
	w3 = w2
	w3 &= 131072
.Ltmp2096:
.Ltmp2097:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2098:
	if w3 == 0 goto LBB0_356
.Ltmp2099:
.Ltmp2100:
# %bb.355:
	#DEBUG_VALUE: i <- 177
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2101:
.Ltmp2102:
	w2 += 177
	w1 = w2
.Ltmp2103:
.Ltmp2104:
LBB0_356:
	#DEBUG_VALUE: i <- 177
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1246
.Ltmp2105:
.Ltmp2106:
	#DEBUG_VALUE: i <- 178
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2107:
	w3 = w1
	w3 &= 262144
.Ltmp2108:
.Ltmp2109:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2110:
	if w3 == 0 goto LBB0_358
.Ltmp2111:
.Ltmp2112:
# %bb.357:
	#DEBUG_VALUE: i <- 178
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2113:
.Ltmp2114:
	w1 += 178
	w2 = w1
.Ltmp2115:
.Ltmp2116:
LBB0_358:
	#DEBUG_VALUE: i <- 178
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1253
.Ltmp2117:
.Ltmp2118:
	#DEBUG_VALUE: i <- 179
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2119:
	w3 = w2
	w3 &= 524288
.Ltmp2120:
.Ltmp2121:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2122:
	if w3 == 0 goto LBB0_360
.Ltmp2123:
.Ltmp2124:
# %bb.359:
	#DEBUG_VALUE: i <- 179
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2125:
.Ltmp2126:
	w2 += 179
	w1 = w2
.Ltmp2127:
.Ltmp2128:
LBB0_360:
	#DEBUG_VALUE: i <- 179
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1260
.Ltmp2129:
.Ltmp2130:
	#DEBUG_VALUE: i <- 180
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2131:
	w3 = w1
	w3 &= 1048576
.Ltmp2132:
.Ltmp2133:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2134:
	if w3 == 0 goto LBB0_362
.Ltmp2135:
.Ltmp2136:
# %bb.361:
	#DEBUG_VALUE: i <- 180
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2137:
.Ltmp2138:
	w1 += 180
	w2 = w1
.Ltmp2139:
.Ltmp2140:
LBB0_362:
	#DEBUG_VALUE: i <- 180
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1267
.Ltmp2141:
.Ltmp2142:
	#DEBUG_VALUE: i <- 181
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2143:
	w3 = w2
	w3 &= 2097152
.Ltmp2144:
.Ltmp2145:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2146:
	if w3 == 0 goto LBB0_364
.Ltmp2147:
.Ltmp2148:
# %bb.363:
	#DEBUG_VALUE: i <- 181
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2149:
.Ltmp2150:
	w2 += 181
	w1 = w2
.Ltmp2151:
.Ltmp2152:
LBB0_364:
	#DEBUG_VALUE: i <- 181
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1274
.Ltmp2153:
.Ltmp2154:
	#DEBUG_VALUE: i <- 182
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2155:
	w3 = w1
	w3 &= 4194304
.Ltmp2156:
.Ltmp2157:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2158:
	if w3 == 0 goto LBB0_366
.Ltmp2159:
.Ltmp2160:
# %bb.365:
	#DEBUG_VALUE: i <- 182
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2161:
.Ltmp2162:
	w1 += 182
	w2 = w1
.Ltmp2163:
.Ltmp2164:
LBB0_366:
	#DEBUG_VALUE: i <- 182
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1281
.Ltmp2165:
.Ltmp2166:
	#DEBUG_VALUE: i <- 183
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2167:
	w3 = w2
	w3 &= 8388608
.Ltmp2168:
.Ltmp2169:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2170:
	if w3 == 0 goto LBB0_368
.Ltmp2171:
.Ltmp2172:
# %bb.367:
	#DEBUG_VALUE: i <- 183
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2173:
.Ltmp2174:
	w2 += 183
	w1 = w2
.Ltmp2175:
.Ltmp2176:
LBB0_368:
	#DEBUG_VALUE: i <- 183
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1288
.Ltmp2177:
.Ltmp2178:
	#DEBUG_VALUE: i <- 184
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2179:
	w3 = w1
	w3 &= 16777216
.Ltmp2180:
.Ltmp2181:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2182:
	if w3 == 0 goto LBB0_370
.Ltmp2183:
.Ltmp2184:
# %bb.369:
	#DEBUG_VALUE: i <- 184
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2185:
.Ltmp2186:
	w1 += 184
	w2 = w1
.Ltmp2187:
.Ltmp2188:
LBB0_370:
	#DEBUG_VALUE: i <- 184
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1295
.Ltmp2189:
.Ltmp2190:
	#DEBUG_VALUE: i <- 185
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2191:
	w3 = w2
	w3 &= 33554432
.Ltmp2192:
.Ltmp2193:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2194:
	if w3 == 0 goto LBB0_372
.Ltmp2195:
.Ltmp2196:
# %bb.371:
	#DEBUG_VALUE: i <- 185
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2197:
.Ltmp2198:
	w2 += 185
	w1 = w2
.Ltmp2199:
.Ltmp2200:
LBB0_372:
	#DEBUG_VALUE: i <- 185
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1302
.Ltmp2201:
.Ltmp2202:
	#DEBUG_VALUE: i <- 186
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2203:
	w3 = w1
	w3 &= 67108864
.Ltmp2204:
.Ltmp2205:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2206:
	if w3 == 0 goto LBB0_374
.Ltmp2207:
.Ltmp2208:
# %bb.373:
	#DEBUG_VALUE: i <- 186
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2209:
.Ltmp2210:
	w1 += 186
	w2 = w1
.Ltmp2211:
.Ltmp2212:
LBB0_374:
	#DEBUG_VALUE: i <- 186
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1309
.Ltmp2213:
.Ltmp2214:
	#DEBUG_VALUE: i <- 187
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2215:
	w3 = w2
	w3 &= 134217728
.Ltmp2216:
.Ltmp2217:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2218:
	if w3 == 0 goto LBB0_376
.Ltmp2219:
.Ltmp2220:
# %bb.375:
	#DEBUG_VALUE: i <- 187
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2221:
.Ltmp2222:
	w2 += 187
	w1 = w2
.Ltmp2223:
.Ltmp2224:
LBB0_376:
	#DEBUG_VALUE: i <- 187
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1316
.Ltmp2225:
.Ltmp2226:
	#DEBUG_VALUE: i <- 188
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2227:
	w3 = w1
	w3 &= 268435456
.Ltmp2228:
.Ltmp2229:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2230:
	if w3 == 0 goto LBB0_378
.Ltmp2231:
.Ltmp2232:
# %bb.377:
	#DEBUG_VALUE: i <- 188
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2233:
.Ltmp2234:
	w1 += 188
	w2 = w1
.Ltmp2235:
.Ltmp2236:
LBB0_378:
	#DEBUG_VALUE: i <- 188
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1323
.Ltmp2237:
.Ltmp2238:
	#DEBUG_VALUE: i <- 189
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2239:
	w3 = w2
	w3 &= 536870912
.Ltmp2240:
.Ltmp2241:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2242:
	if w3 == 0 goto LBB0_380
.Ltmp2243:
.Ltmp2244:
# %bb.379:
	#DEBUG_VALUE: i <- 189
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2245:
.Ltmp2246:
	w2 += 189
	w1 = w2
.Ltmp2247:
.Ltmp2248:
LBB0_380:
	#DEBUG_VALUE: i <- 189
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1330
.Ltmp2249:
.Ltmp2250:
	#DEBUG_VALUE: i <- 190
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2251:
	w3 = w1
	w3 &= 1073741824
.Ltmp2252:
.Ltmp2253:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2254:
	if w3 == 0 goto LBB0_382
.Ltmp2255:
.Ltmp2256:
# %bb.381:
	#DEBUG_VALUE: i <- 190
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2257:
.Ltmp2258:
	w1 += 190
	w2 = w1
.Ltmp2259:
.Ltmp2260:
LBB0_382:
	#DEBUG_VALUE: i <- 190
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 191
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 191
	if w2 s< 0 goto LBB0_384
.Ltmp2261:
.Ltmp2262:
# %bb.383:
	#DEBUG_VALUE: i <- 191
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 1337
.Ltmp2263:
.Ltmp2264:
	w1 = w2
.Ltmp2265:
.Ltmp2266:
LBB0_384:
	#DEBUG_VALUE: i <- 191
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1344
.Ltmp2267:
.Ltmp2268:
	#DEBUG_VALUE: i <- 192
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2269:
	w3 = w1
	w3 &= 1
.Ltmp2270:
.Ltmp2271:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2272:
	if w3 == 0 goto LBB0_386
.Ltmp2273:
.Ltmp2274:
# %bb.385:
	#DEBUG_VALUE: i <- 192
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2275:
.Ltmp2276:
	w1 += 192
	w2 = w1
.Ltmp2277:
.Ltmp2278:
LBB0_386:
	#DEBUG_VALUE: i <- 192
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1351
.Ltmp2279:
.Ltmp2280:
	#DEBUG_VALUE: i <- 193
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2281:
	w3 = w2
	w3 &= 2
.Ltmp2282:
.Ltmp2283:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2284:
	if w3 == 0 goto LBB0_388
.Ltmp2285:
.Ltmp2286:
# %bb.387:
	#DEBUG_VALUE: i <- 193
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2287:
.Ltmp2288:
	w2 += 193
	w1 = w2
.Ltmp2289:
.Ltmp2290:
LBB0_388:
	#DEBUG_VALUE: i <- 193
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1358
.Ltmp2291:
.Ltmp2292:
	#DEBUG_VALUE: i <- 194
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2293:
	w3 = w1
	w3 &= 4
.Ltmp2294:
.Ltmp2295:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2296:
	if w3 == 0 goto LBB0_390
.Ltmp2297:
.Ltmp2298:
# %bb.389:
	#DEBUG_VALUE: i <- 194
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2299:
.Ltmp2300:
	w1 += 194
	w2 = w1
.Ltmp2301:
.Ltmp2302:
LBB0_390:
	#DEBUG_VALUE: i <- 194
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1365
.Ltmp2303:
.Ltmp2304:
	#DEBUG_VALUE: i <- 195
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2305:
	w3 = w2
	w3 &= 8
.Ltmp2306:
.Ltmp2307:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2308:
	if w3 == 0 goto LBB0_392
.Ltmp2309:
.Ltmp2310:
# %bb.391:
	#DEBUG_VALUE: i <- 195
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2311:
.Ltmp2312:
	w2 += 195
	w1 = w2
.Ltmp2313:
.Ltmp2314:
LBB0_392:
	#DEBUG_VALUE: i <- 195
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1372
.Ltmp2315:
.Ltmp2316:
	#DEBUG_VALUE: i <- 196
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2317:
	w3 = w1
	w3 &= 16
.Ltmp2318:
.Ltmp2319:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2320:
	if w3 == 0 goto LBB0_394
.Ltmp2321:
.Ltmp2322:
# %bb.393:
	#DEBUG_VALUE: i <- 196
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2323:
.Ltmp2324:
	w1 += 196
	w2 = w1
.Ltmp2325:
.Ltmp2326:
LBB0_394:
	#DEBUG_VALUE: i <- 196
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1379
.Ltmp2327:
.Ltmp2328:
	#DEBUG_VALUE: i <- 197
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2329:
	w3 = w2
	w3 &= 32
.Ltmp2330:
.Ltmp2331:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2332:
	if w3 == 0 goto LBB0_396
.Ltmp2333:
.Ltmp2334:
# %bb.395:
	#DEBUG_VALUE: i <- 197
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2335:
.Ltmp2336:
	w2 += 197
	w1 = w2
.Ltmp2337:
.Ltmp2338:
LBB0_396:
	#DEBUG_VALUE: i <- 197
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1386
.Ltmp2339:
.Ltmp2340:
	#DEBUG_VALUE: i <- 198
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2341:
	w3 = w1
	w3 &= 64
.Ltmp2342:
.Ltmp2343:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2344:
	if w3 == 0 goto LBB0_398
.Ltmp2345:
.Ltmp2346:
# %bb.397:
	#DEBUG_VALUE: i <- 198
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2347:
.Ltmp2348:
	w1 += 198
	w2 = w1
.Ltmp2349:
.Ltmp2350:
LBB0_398:
	#DEBUG_VALUE: i <- 198
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1393
.Ltmp2351:
.Ltmp2352:
	#DEBUG_VALUE: i <- 199
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2353:
	w3 = w2
	w3 &= 128
.Ltmp2354:
.Ltmp2355:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2356:
	if w3 == 0 goto LBB0_400
.Ltmp2357:
.Ltmp2358:
# %bb.399:
	#DEBUG_VALUE: i <- 199
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2359:
.Ltmp2360:
	w2 += 199
	w1 = w2
.Ltmp2361:
.Ltmp2362:
LBB0_400:
	#DEBUG_VALUE: i <- 199
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1400
.Ltmp2363:
.Ltmp2364:
	#DEBUG_VALUE: i <- 200
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2365:
	w3 = w1
	w3 &= 256
.Ltmp2366:
.Ltmp2367:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2368:
	if w3 == 0 goto LBB0_402
.Ltmp2369:
.Ltmp2370:
# %bb.401:
	#DEBUG_VALUE: i <- 200
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2371:
.Ltmp2372:
	w1 += 200
	w2 = w1
.Ltmp2373:
.Ltmp2374:
LBB0_402:
	#DEBUG_VALUE: i <- 200
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1407
.Ltmp2375:
.Ltmp2376:
	#DEBUG_VALUE: i <- 201
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2377:
	w3 = w2
	w3 &= 512
.Ltmp2378:
.Ltmp2379:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2380:
	if w3 == 0 goto LBB0_404
.Ltmp2381:
.Ltmp2382:
# %bb.403:
	#DEBUG_VALUE: i <- 201
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2383:
.Ltmp2384:
	w2 += 201
	w1 = w2
.Ltmp2385:
.Ltmp2386:
LBB0_404:
	#DEBUG_VALUE: i <- 201
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1414
.Ltmp2387:
.Ltmp2388:
	#DEBUG_VALUE: i <- 202
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2389:
	w3 = w1
	w3 &= 1024
.Ltmp2390:
.Ltmp2391:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2392:
	if w3 == 0 goto LBB0_406
.Ltmp2393:
.Ltmp2394:
# %bb.405:
	#DEBUG_VALUE: i <- 202
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2395:
.Ltmp2396:
	w1 += 202
	w2 = w1
.Ltmp2397:
.Ltmp2398:
LBB0_406:
	#DEBUG_VALUE: i <- 202
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1421
.Ltmp2399:
.Ltmp2400:
	#DEBUG_VALUE: i <- 203
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2401:
	w3 = w2
	w3 &= 2048
.Ltmp2402:
.Ltmp2403:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2404:
	if w3 == 0 goto LBB0_408
.Ltmp2405:
.Ltmp2406:
# %bb.407:
	#DEBUG_VALUE: i <- 203
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2407:
.Ltmp2408:
	w2 += 203
	w1 = w2
.Ltmp2409:
.Ltmp2410:
LBB0_408:
	#DEBUG_VALUE: i <- 203
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1428
.Ltmp2411:
.Ltmp2412:
	#DEBUG_VALUE: i <- 204
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2413:
	w3 = w1
	w3 &= 4096
.Ltmp2414:
.Ltmp2415:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2416:
	if w3 == 0 goto LBB0_410
.Ltmp2417:
.Ltmp2418:
# %bb.409:
	#DEBUG_VALUE: i <- 204
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2419:
.Ltmp2420:
	w1 += 204
	w2 = w1
.Ltmp2421:
.Ltmp2422:
LBB0_410:
	#DEBUG_VALUE: i <- 204
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1435
.Ltmp2423:
.Ltmp2424:
	#DEBUG_VALUE: i <- 205
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2425:
	w3 = w2
	w3 &= 8192
.Ltmp2426:
.Ltmp2427:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2428:
	if w3 == 0 goto LBB0_412
.Ltmp2429:
.Ltmp2430:
# %bb.411:
	#DEBUG_VALUE: i <- 205
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2431:
.Ltmp2432:
	w2 += 205
	w1 = w2
.Ltmp2433:
.Ltmp2434:
LBB0_412:
	#DEBUG_VALUE: i <- 205
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1442
.Ltmp2435:
.Ltmp2436:
	#DEBUG_VALUE: i <- 206
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2437:
	w3 = w1
	w3 &= 16384
.Ltmp2438:
.Ltmp2439:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2440:
	if w3 == 0 goto LBB0_414
.Ltmp2441:
.Ltmp2442:
# %bb.413:
	#DEBUG_VALUE: i <- 206
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2443:
.Ltmp2444:
	w1 += 206
	w2 = w1
.Ltmp2445:
.Ltmp2446:
LBB0_414:
	#DEBUG_VALUE: i <- 206
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1449
.Ltmp2447:
.Ltmp2448:
	#DEBUG_VALUE: i <- 207
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2449:
	w3 = w2
	w3 &= 32768
.Ltmp2450:
.Ltmp2451:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2452:
	if w3 == 0 goto LBB0_416
.Ltmp2453:
.Ltmp2454:
# %bb.415:
	#DEBUG_VALUE: i <- 207
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2455:
.Ltmp2456:
	w2 += 207
	w1 = w2
.Ltmp2457:
.Ltmp2458:
LBB0_416:
	#DEBUG_VALUE: i <- 207
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1456
.Ltmp2459:
.Ltmp2460:
	#DEBUG_VALUE: i <- 208
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2461:
	w3 = w1
	w3 &= 65536
.Ltmp2462:
.Ltmp2463:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2464:
	if w3 == 0 goto LBB0_418
.Ltmp2465:
.Ltmp2466:
# %bb.417:
	#DEBUG_VALUE: i <- 208
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2467:
.Ltmp2468:
	w1 += 208
	w2 = w1
.Ltmp2469:
.Ltmp2470:
LBB0_418:
	#DEBUG_VALUE: i <- 208
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1463
.Ltmp2471:
.Ltmp2472:
	#DEBUG_VALUE: i <- 209
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2473:
	w3 = w2
	w3 &= 131072
.Ltmp2474:
.Ltmp2475:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2476:
	if w3 == 0 goto LBB0_420
.Ltmp2477:
.Ltmp2478:
# %bb.419:
	#DEBUG_VALUE: i <- 209
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2479:
.Ltmp2480:
	w2 += 209
	w1 = w2
.Ltmp2481:
.Ltmp2482:
LBB0_420:
	#DEBUG_VALUE: i <- 209
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1470
.Ltmp2483:
.Ltmp2484:
	#DEBUG_VALUE: i <- 210
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2485:
	w3 = w1
	w3 &= 262144
.Ltmp2486:
.Ltmp2487:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2488:
	if w3 == 0 goto LBB0_422
.Ltmp2489:
.Ltmp2490:
# %bb.421:
	#DEBUG_VALUE: i <- 210
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2491:
.Ltmp2492:
	w1 += 210
	w2 = w1
.Ltmp2493:
.Ltmp2494:
LBB0_422:
	#DEBUG_VALUE: i <- 210
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1477
.Ltmp2495:
.Ltmp2496:
	#DEBUG_VALUE: i <- 211
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2497:
	w3 = w2
	w3 &= 524288
.Ltmp2498:
.Ltmp2499:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2500:
	if w3 == 0 goto LBB0_424
.Ltmp2501:
.Ltmp2502:
# %bb.423:
	#DEBUG_VALUE: i <- 211
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2503:
.Ltmp2504:
	w2 += 211
	w1 = w2
.Ltmp2505:
.Ltmp2506:
LBB0_424:
	#DEBUG_VALUE: i <- 211
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1484
.Ltmp2507:
.Ltmp2508:
	#DEBUG_VALUE: i <- 212
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2509:
	w3 = w1
	w3 &= 1048576
.Ltmp2510:
.Ltmp2511:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2512:
	if w3 == 0 goto LBB0_426
.Ltmp2513:
.Ltmp2514:
# %bb.425:
	#DEBUG_VALUE: i <- 212
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2515:
.Ltmp2516:
	w1 += 212
	w2 = w1
.Ltmp2517:
.Ltmp2518:
LBB0_426:
	#DEBUG_VALUE: i <- 212
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1491
.Ltmp2519:
.Ltmp2520:
	#DEBUG_VALUE: i <- 213
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2521:
	w3 = w2
	w3 &= 2097152
.Ltmp2522:
.Ltmp2523:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2524:
	if w3 == 0 goto LBB0_428
.Ltmp2525:
.Ltmp2526:
# %bb.427:
	#DEBUG_VALUE: i <- 213
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2527:
.Ltmp2528:
	w2 += 213
	w1 = w2
.Ltmp2529:
.Ltmp2530:
LBB0_428:
	#DEBUG_VALUE: i <- 213
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1498
.Ltmp2531:
.Ltmp2532:
	#DEBUG_VALUE: i <- 214
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2533:
	w3 = w1
	w3 &= 4194304
.Ltmp2534:
.Ltmp2535:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2536:
	if w3 == 0 goto LBB0_430
.Ltmp2537:
.Ltmp2538:
# %bb.429:
	#DEBUG_VALUE: i <- 214
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2539:
.Ltmp2540:
	w1 += 214
	w2 = w1
.Ltmp2541:
.Ltmp2542:
LBB0_430:
	#DEBUG_VALUE: i <- 214
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1505
.Ltmp2543:
.Ltmp2544:
	#DEBUG_VALUE: i <- 215
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2545:
	w3 = w2
	w3 &= 8388608
.Ltmp2546:
.Ltmp2547:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2548:
	if w3 == 0 goto LBB0_432
.Ltmp2549:
.Ltmp2550:
# %bb.431:
	#DEBUG_VALUE: i <- 215
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2551:
.Ltmp2552:
	w2 += 215
	w1 = w2
.Ltmp2553:
.Ltmp2554:
LBB0_432:
	#DEBUG_VALUE: i <- 215
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1512
.Ltmp2555:
.Ltmp2556:
	#DEBUG_VALUE: i <- 216
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2557:
	w3 = w1
	w3 &= 16777216
.Ltmp2558:
.Ltmp2559:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2560:
	if w3 == 0 goto LBB0_434
.Ltmp2561:
.Ltmp2562:
# %bb.433:
	#DEBUG_VALUE: i <- 216
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2563:
.Ltmp2564:
	w1 += 216
	w2 = w1
.Ltmp2565:
.Ltmp2566:
LBB0_434:
	#DEBUG_VALUE: i <- 216
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1519
.Ltmp2567:
.Ltmp2568:
	#DEBUG_VALUE: i <- 217
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2569:
	w3 = w2
	w3 &= 33554432
.Ltmp2570:
.Ltmp2571:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2572:
	if w3 == 0 goto LBB0_436
.Ltmp2573:
.Ltmp2574:
# %bb.435:
	#DEBUG_VALUE: i <- 217
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2575:
.Ltmp2576:
	w2 += 217
	w1 = w2
.Ltmp2577:
.Ltmp2578:
LBB0_436:
	#DEBUG_VALUE: i <- 217
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1526
.Ltmp2579:
.Ltmp2580:
	#DEBUG_VALUE: i <- 218
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2581:
	w3 = w1
	w3 &= 67108864
.Ltmp2582:
.Ltmp2583:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2584:
	if w3 == 0 goto LBB0_438
.Ltmp2585:
.Ltmp2586:
# %bb.437:
	#DEBUG_VALUE: i <- 218
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2587:
.Ltmp2588:
	w1 += 218
	w2 = w1
.Ltmp2589:
.Ltmp2590:
LBB0_438:
	#DEBUG_VALUE: i <- 218
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1533
.Ltmp2591:
.Ltmp2592:
	#DEBUG_VALUE: i <- 219
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2593:
	w3 = w2
	w3 &= 134217728
.Ltmp2594:
.Ltmp2595:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2596:
	if w3 == 0 goto LBB0_440
.Ltmp2597:
.Ltmp2598:
# %bb.439:
	#DEBUG_VALUE: i <- 219
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2599:
.Ltmp2600:
	w2 += 219
	w1 = w2
.Ltmp2601:
.Ltmp2602:
LBB0_440:
	#DEBUG_VALUE: i <- 219
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1540
.Ltmp2603:
.Ltmp2604:
	#DEBUG_VALUE: i <- 220
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2605:
	w3 = w1
	w3 &= 268435456
.Ltmp2606:
.Ltmp2607:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2608:
	if w3 == 0 goto LBB0_442
.Ltmp2609:
.Ltmp2610:
# %bb.441:
	#DEBUG_VALUE: i <- 220
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2611:
.Ltmp2612:
	w1 += 220
	w2 = w1
.Ltmp2613:
.Ltmp2614:
LBB0_442:
	#DEBUG_VALUE: i <- 220
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1547
.Ltmp2615:
.Ltmp2616:
	#DEBUG_VALUE: i <- 221
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2617:
	w3 = w2
	w3 &= 536870912
.Ltmp2618:
.Ltmp2619:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2620:
	if w3 == 0 goto LBB0_444
.Ltmp2621:
.Ltmp2622:
# %bb.443:
	#DEBUG_VALUE: i <- 221
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2623:
.Ltmp2624:
	w2 += 221
	w1 = w2
.Ltmp2625:
.Ltmp2626:
LBB0_444:
	#DEBUG_VALUE: i <- 221
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1554
.Ltmp2627:
.Ltmp2628:
	#DEBUG_VALUE: i <- 222
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2629:
	w3 = w1
	w3 &= 1073741824
.Ltmp2630:
.Ltmp2631:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2632:
	if w3 == 0 goto LBB0_446
.Ltmp2633:
.Ltmp2634:
# %bb.445:
	#DEBUG_VALUE: i <- 222
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2635:
.Ltmp2636:
	w1 += 222
	w2 = w1
.Ltmp2637:
.Ltmp2638:
LBB0_446:
	#DEBUG_VALUE: i <- 222
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 223
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 223
	if w2 s< 0 goto LBB0_448
.Ltmp2639:
.Ltmp2640:
# %bb.447:
	#DEBUG_VALUE: i <- 223
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 1561
.Ltmp2641:
.Ltmp2642:
	w1 = w2
.Ltmp2643:
.Ltmp2644:
LBB0_448:
	#DEBUG_VALUE: i <- 223
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1568
.Ltmp2645:
.Ltmp2646:
	#DEBUG_VALUE: i <- 224
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2647:
	w3 = w1
	w3 &= 1
.Ltmp2648:
.Ltmp2649:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2650:
	if w3 == 0 goto LBB0_450
.Ltmp2651:
.Ltmp2652:
# %bb.449:
	#DEBUG_VALUE: i <- 224
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2653:
.Ltmp2654:
	w1 += 224
	w2 = w1
.Ltmp2655:
.Ltmp2656:
LBB0_450:
	#DEBUG_VALUE: i <- 224
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1575
.Ltmp2657:
.Ltmp2658:
	#DEBUG_VALUE: i <- 225
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2659:
	w3 = w2
	w3 &= 2
.Ltmp2660:
.Ltmp2661:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2662:
	if w3 == 0 goto LBB0_452
.Ltmp2663:
.Ltmp2664:
# %bb.451:
	#DEBUG_VALUE: i <- 225
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2665:
.Ltmp2666:
	w2 += 225
	w1 = w2
.Ltmp2667:
.Ltmp2668:
LBB0_452:
	#DEBUG_VALUE: i <- 225
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1582
.Ltmp2669:
.Ltmp2670:
	#DEBUG_VALUE: i <- 226
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2671:
	w3 = w1
	w3 &= 4
.Ltmp2672:
.Ltmp2673:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2674:
	if w3 == 0 goto LBB0_454
.Ltmp2675:
.Ltmp2676:
# %bb.453:
	#DEBUG_VALUE: i <- 226
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2677:
.Ltmp2678:
	w1 += 226
	w2 = w1
.Ltmp2679:
.Ltmp2680:
LBB0_454:
	#DEBUG_VALUE: i <- 226
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1589
.Ltmp2681:
.Ltmp2682:
	#DEBUG_VALUE: i <- 227
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2683:
	w3 = w2
	w3 &= 8
.Ltmp2684:
.Ltmp2685:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2686:
	if w3 == 0 goto LBB0_456
.Ltmp2687:
.Ltmp2688:
# %bb.455:
	#DEBUG_VALUE: i <- 227
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2689:
.Ltmp2690:
	w2 += 227
	w1 = w2
.Ltmp2691:
.Ltmp2692:
LBB0_456:
	#DEBUG_VALUE: i <- 227
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1596
.Ltmp2693:
.Ltmp2694:
	#DEBUG_VALUE: i <- 228
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2695:
	w3 = w1
	w3 &= 16
.Ltmp2696:
.Ltmp2697:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2698:
	if w3 == 0 goto LBB0_458
.Ltmp2699:
.Ltmp2700:
# %bb.457:
	#DEBUG_VALUE: i <- 228
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2701:
.Ltmp2702:
	w1 += 228
	w2 = w1
.Ltmp2703:
.Ltmp2704:
LBB0_458:
	#DEBUG_VALUE: i <- 228
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1603
.Ltmp2705:
.Ltmp2706:
	#DEBUG_VALUE: i <- 229
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2707:
	w3 = w2
	w3 &= 32
.Ltmp2708:
.Ltmp2709:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2710:
	if w3 == 0 goto LBB0_460
.Ltmp2711:
.Ltmp2712:
# %bb.459:
	#DEBUG_VALUE: i <- 229
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2713:
.Ltmp2714:
	w2 += 229
	w1 = w2
.Ltmp2715:
.Ltmp2716:
LBB0_460:
	#DEBUG_VALUE: i <- 229
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1610
.Ltmp2717:
.Ltmp2718:
	#DEBUG_VALUE: i <- 230
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2719:
	w3 = w1
	w3 &= 64
.Ltmp2720:
.Ltmp2721:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2722:
	if w3 == 0 goto LBB0_462
.Ltmp2723:
.Ltmp2724:
# %bb.461:
	#DEBUG_VALUE: i <- 230
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2725:
.Ltmp2726:
	w1 += 230
	w2 = w1
.Ltmp2727:
.Ltmp2728:
LBB0_462:
	#DEBUG_VALUE: i <- 230
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1617
.Ltmp2729:
.Ltmp2730:
	#DEBUG_VALUE: i <- 231
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2731:
	w3 = w2
	w3 &= 128
.Ltmp2732:
.Ltmp2733:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2734:
	if w3 == 0 goto LBB0_464
.Ltmp2735:
.Ltmp2736:
# %bb.463:
	#DEBUG_VALUE: i <- 231
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2737:
.Ltmp2738:
	w2 += 231
	w1 = w2
.Ltmp2739:
.Ltmp2740:
LBB0_464:
	#DEBUG_VALUE: i <- 231
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1624
.Ltmp2741:
.Ltmp2742:
	#DEBUG_VALUE: i <- 232
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2743:
	w3 = w1
	w3 &= 256
.Ltmp2744:
.Ltmp2745:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2746:
	if w3 == 0 goto LBB0_466
.Ltmp2747:
.Ltmp2748:
# %bb.465:
	#DEBUG_VALUE: i <- 232
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2749:
.Ltmp2750:
	w1 += 232
	w2 = w1
.Ltmp2751:
.Ltmp2752:
LBB0_466:
	#DEBUG_VALUE: i <- 232
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1631
.Ltmp2753:
.Ltmp2754:
	#DEBUG_VALUE: i <- 233
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2755:
	w3 = w2
	w3 &= 512
.Ltmp2756:
.Ltmp2757:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2758:
	if w3 == 0 goto LBB0_468
.Ltmp2759:
.Ltmp2760:
# %bb.467:
	#DEBUG_VALUE: i <- 233
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2761:
.Ltmp2762:
	w2 += 233
	w1 = w2
.Ltmp2763:
.Ltmp2764:
LBB0_468:
	#DEBUG_VALUE: i <- 233
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1638
.Ltmp2765:
.Ltmp2766:
	#DEBUG_VALUE: i <- 234
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2767:
	w3 = w1
	w3 &= 1024
.Ltmp2768:
.Ltmp2769:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2770:
	if w3 == 0 goto LBB0_470
.Ltmp2771:
.Ltmp2772:
# %bb.469:
	#DEBUG_VALUE: i <- 234
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2773:
.Ltmp2774:
	w1 += 234
	w2 = w1
.Ltmp2775:
.Ltmp2776:
LBB0_470:
	#DEBUG_VALUE: i <- 234
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1645
.Ltmp2777:
.Ltmp2778:
	#DEBUG_VALUE: i <- 235
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2779:
	w3 = w2
	w3 &= 2048
.Ltmp2780:
.Ltmp2781:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2782:
	if w3 == 0 goto LBB0_472
.Ltmp2783:
.Ltmp2784:
# %bb.471:
	#DEBUG_VALUE: i <- 235
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2785:
.Ltmp2786:
	w2 += 235
	w1 = w2
.Ltmp2787:
.Ltmp2788:
LBB0_472:
	#DEBUG_VALUE: i <- 235
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1652
.Ltmp2789:
.Ltmp2790:
	#DEBUG_VALUE: i <- 236
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2791:
	w3 = w1
	w3 &= 4096
.Ltmp2792:
.Ltmp2793:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2794:
	if w3 == 0 goto LBB0_474
.Ltmp2795:
.Ltmp2796:
# %bb.473:
	#DEBUG_VALUE: i <- 236
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2797:
.Ltmp2798:
	w1 += 236
	w2 = w1
.Ltmp2799:
.Ltmp2800:
LBB0_474:
	#DEBUG_VALUE: i <- 236
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1659
.Ltmp2801:
.Ltmp2802:
	#DEBUG_VALUE: i <- 237
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2803:
	w3 = w2
	w3 &= 8192
.Ltmp2804:
.Ltmp2805:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2806:
	if w3 == 0 goto LBB0_476
.Ltmp2807:
.Ltmp2808:
# %bb.475:
	#DEBUG_VALUE: i <- 237
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2809:
.Ltmp2810:
	w2 += 237
	w1 = w2
.Ltmp2811:
.Ltmp2812:
LBB0_476:
	#DEBUG_VALUE: i <- 237
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1666
.Ltmp2813:
.Ltmp2814:
	#DEBUG_VALUE: i <- 238
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2815:
	w3 = w1
	w3 &= 16384
.Ltmp2816:
.Ltmp2817:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2818:
	if w3 == 0 goto LBB0_478
.Ltmp2819:
.Ltmp2820:
# %bb.477:
	#DEBUG_VALUE: i <- 238
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2821:
.Ltmp2822:
	w1 += 238
	w2 = w1
.Ltmp2823:
.Ltmp2824:
LBB0_478:
	#DEBUG_VALUE: i <- 238
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1673
.Ltmp2825:
.Ltmp2826:
	#DEBUG_VALUE: i <- 239
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2827:
	w3 = w2
	w3 &= 32768
.Ltmp2828:
.Ltmp2829:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2830:
	if w3 == 0 goto LBB0_480
.Ltmp2831:
.Ltmp2832:
# %bb.479:
	#DEBUG_VALUE: i <- 239
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2833:
.Ltmp2834:
	w2 += 239
	w1 = w2
.Ltmp2835:
.Ltmp2836:
LBB0_480:
	#DEBUG_VALUE: i <- 239
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1680
.Ltmp2837:
.Ltmp2838:
	#DEBUG_VALUE: i <- 240
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2839:
	w3 = w1
	w3 &= 65536
.Ltmp2840:
.Ltmp2841:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2842:
	if w3 == 0 goto LBB0_482
.Ltmp2843:
.Ltmp2844:
# %bb.481:
	#DEBUG_VALUE: i <- 240
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2845:
.Ltmp2846:
	w1 += 240
	w2 = w1
.Ltmp2847:
.Ltmp2848:
LBB0_482:
	#DEBUG_VALUE: i <- 240
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1687
.Ltmp2849:
.Ltmp2850:
	#DEBUG_VALUE: i <- 241
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2851:
	w3 = w2
	w3 &= 131072
.Ltmp2852:
.Ltmp2853:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2854:
	if w3 == 0 goto LBB0_484
.Ltmp2855:
.Ltmp2856:
# %bb.483:
	#DEBUG_VALUE: i <- 241
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2857:
.Ltmp2858:
	w2 += 241
	w1 = w2
.Ltmp2859:
.Ltmp2860:
LBB0_484:
	#DEBUG_VALUE: i <- 241
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1694
.Ltmp2861:
.Ltmp2862:
	#DEBUG_VALUE: i <- 242
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2863:
	w3 = w1
	w3 &= 262144
.Ltmp2864:
.Ltmp2865:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2866:
	if w3 == 0 goto LBB0_486
.Ltmp2867:
.Ltmp2868:
# %bb.485:
	#DEBUG_VALUE: i <- 242
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2869:
.Ltmp2870:
	w1 += 242
	w2 = w1
.Ltmp2871:
.Ltmp2872:
LBB0_486:
	#DEBUG_VALUE: i <- 242
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1701
.Ltmp2873:
.Ltmp2874:
	#DEBUG_VALUE: i <- 243
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2875:
	w3 = w2
	w3 &= 524288
.Ltmp2876:
.Ltmp2877:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2878:
	if w3 == 0 goto LBB0_488
.Ltmp2879:
.Ltmp2880:
# %bb.487:
	#DEBUG_VALUE: i <- 243
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2881:
.Ltmp2882:
	w2 += 243
	w1 = w2
.Ltmp2883:
.Ltmp2884:
LBB0_488:
	#DEBUG_VALUE: i <- 243
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1708
.Ltmp2885:
.Ltmp2886:
	#DEBUG_VALUE: i <- 244
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2887:
	w3 = w1
	w3 &= 1048576
.Ltmp2888:
.Ltmp2889:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2890:
	if w3 == 0 goto LBB0_490
.Ltmp2891:
.Ltmp2892:
# %bb.489:
	#DEBUG_VALUE: i <- 244
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2893:
.Ltmp2894:
	w1 += 244
	w2 = w1
.Ltmp2895:
.Ltmp2896:
LBB0_490:
	#DEBUG_VALUE: i <- 244
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1715
.Ltmp2897:
.Ltmp2898:
	#DEBUG_VALUE: i <- 245
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2899:
	w3 = w2
	w3 &= 2097152
.Ltmp2900:
.Ltmp2901:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2902:
	if w3 == 0 goto LBB0_492
.Ltmp2903:
.Ltmp2904:
# %bb.491:
	#DEBUG_VALUE: i <- 245
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2905:
.Ltmp2906:
	w2 += 245
	w1 = w2
.Ltmp2907:
.Ltmp2908:
LBB0_492:
	#DEBUG_VALUE: i <- 245
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1722
.Ltmp2909:
.Ltmp2910:
	#DEBUG_VALUE: i <- 246
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2911:
	w3 = w1
	w3 &= 4194304
.Ltmp2912:
.Ltmp2913:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2914:
	if w3 == 0 goto LBB0_494
.Ltmp2915:
.Ltmp2916:
# %bb.493:
	#DEBUG_VALUE: i <- 246
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2917:
.Ltmp2918:
	w1 += 246
	w2 = w1
.Ltmp2919:
.Ltmp2920:
LBB0_494:
	#DEBUG_VALUE: i <- 246
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1729
.Ltmp2921:
.Ltmp2922:
	#DEBUG_VALUE: i <- 247
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2923:
	w3 = w2
	w3 &= 8388608
.Ltmp2924:
.Ltmp2925:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2926:
	if w3 == 0 goto LBB0_496
.Ltmp2927:
.Ltmp2928:
# %bb.495:
	#DEBUG_VALUE: i <- 247
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2929:
.Ltmp2930:
	w2 += 247
	w1 = w2
.Ltmp2931:
.Ltmp2932:
LBB0_496:
	#DEBUG_VALUE: i <- 247
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1736
.Ltmp2933:
.Ltmp2934:
	#DEBUG_VALUE: i <- 248
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2935:
	w3 = w1
	w3 &= 16777216
.Ltmp2936:
.Ltmp2937:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2938:
	if w3 == 0 goto LBB0_498
.Ltmp2939:
.Ltmp2940:
# %bb.497:
	#DEBUG_VALUE: i <- 248
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2941:
.Ltmp2942:
	w1 += 248
	w2 = w1
.Ltmp2943:
.Ltmp2944:
LBB0_498:
	#DEBUG_VALUE: i <- 248
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1743
.Ltmp2945:
.Ltmp2946:
	#DEBUG_VALUE: i <- 249
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2947:
	w3 = w2
	w3 &= 33554432
.Ltmp2948:
.Ltmp2949:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2950:
	if w3 == 0 goto LBB0_500
.Ltmp2951:
.Ltmp2952:
# %bb.499:
	#DEBUG_VALUE: i <- 249
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2953:
.Ltmp2954:
	w2 += 249
	w1 = w2
.Ltmp2955:
.Ltmp2956:
LBB0_500:
	#DEBUG_VALUE: i <- 249
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1750
.Ltmp2957:
.Ltmp2958:
	#DEBUG_VALUE: i <- 250
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2959:
	w3 = w1
	w3 &= 67108864
.Ltmp2960:
.Ltmp2961:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2962:
	if w3 == 0 goto LBB0_502
.Ltmp2963:
.Ltmp2964:
# %bb.501:
	#DEBUG_VALUE: i <- 250
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2965:
.Ltmp2966:
	w1 += 250
	w2 = w1
.Ltmp2967:
.Ltmp2968:
LBB0_502:
	#DEBUG_VALUE: i <- 250
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1757
.Ltmp2969:
.Ltmp2970:
	#DEBUG_VALUE: i <- 251
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2971:
	w3 = w2
	w3 &= 134217728
.Ltmp2972:
.Ltmp2973:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2974:
	if w3 == 0 goto LBB0_504
.Ltmp2975:
.Ltmp2976:
# %bb.503:
	#DEBUG_VALUE: i <- 251
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp2977:
.Ltmp2978:
	w2 += 251
	w1 = w2
.Ltmp2979:
.Ltmp2980:
LBB0_504:
	#DEBUG_VALUE: i <- 251
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1764
.Ltmp2981:
.Ltmp2982:
	#DEBUG_VALUE: i <- 252
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2983:
	w3 = w1
	w3 &= 268435456
.Ltmp2984:
.Ltmp2985:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2986:
	if w3 == 0 goto LBB0_506
.Ltmp2987:
.Ltmp2988:
# %bb.505:
	#DEBUG_VALUE: i <- 252
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp2989:
.Ltmp2990:
	w1 += 252
	w2 = w1
.Ltmp2991:
.Ltmp2992:
LBB0_506:
	#DEBUG_VALUE: i <- 252
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1771
.Ltmp2993:
.Ltmp2994:
	#DEBUG_VALUE: i <- 253
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp2995:
	w3 = w2
	w3 &= 536870912
.Ltmp2996:
.Ltmp2997:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp2998:
	if w3 == 0 goto LBB0_508
.Ltmp2999:
.Ltmp3000:
# %bb.507:
	#DEBUG_VALUE: i <- 253
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3001:
.Ltmp3002:
	w2 += 253
	w1 = w2
.Ltmp3003:
.Ltmp3004:
LBB0_508:
	#DEBUG_VALUE: i <- 253
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1778
.Ltmp3005:
.Ltmp3006:
	#DEBUG_VALUE: i <- 254
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3007:
	w3 = w1
	w3 &= 1073741824
.Ltmp3008:
.Ltmp3009:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3010:
	if w3 == 0 goto LBB0_510
.Ltmp3011:
.Ltmp3012:
# %bb.509:
	#DEBUG_VALUE: i <- 254
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3013:
.Ltmp3014:
	w1 += 254
	w2 = w1
.Ltmp3015:
.Ltmp3016:
LBB0_510:
	#DEBUG_VALUE: i <- 254
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 255
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 255
	if w2 s< 0 goto LBB0_512
.Ltmp3017:
.Ltmp3018:
# %bb.511:
	#DEBUG_VALUE: i <- 255
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 1785
.Ltmp3019:
.Ltmp3020:
	w1 = w2
.Ltmp3021:
.Ltmp3022:
LBB0_512:
	#DEBUG_VALUE: i <- 255
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1792
.Ltmp3023:
.Ltmp3024:
	#DEBUG_VALUE: i <- 256
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3025:
	w3 = w1
	w3 &= 1
.Ltmp3026:
.Ltmp3027:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3028:
	if w3 == 0 goto LBB0_514
.Ltmp3029:
.Ltmp3030:
# %bb.513:
	#DEBUG_VALUE: i <- 256
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3031:
.Ltmp3032:
	w1 += 256
	w2 = w1
.Ltmp3033:
.Ltmp3034:
LBB0_514:
	#DEBUG_VALUE: i <- 256
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1799
.Ltmp3035:
.Ltmp3036:
	#DEBUG_VALUE: i <- 257
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3037:
	w3 = w2
	w3 &= 2
.Ltmp3038:
.Ltmp3039:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3040:
	if w3 == 0 goto LBB0_516
.Ltmp3041:
.Ltmp3042:
# %bb.515:
	#DEBUG_VALUE: i <- 257
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3043:
.Ltmp3044:
	w2 += 257
	w1 = w2
.Ltmp3045:
.Ltmp3046:
LBB0_516:
	#DEBUG_VALUE: i <- 257
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1806
.Ltmp3047:
.Ltmp3048:
	#DEBUG_VALUE: i <- 258
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3049:
	w3 = w1
	w3 &= 4
.Ltmp3050:
.Ltmp3051:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3052:
	if w3 == 0 goto LBB0_518
.Ltmp3053:
.Ltmp3054:
# %bb.517:
	#DEBUG_VALUE: i <- 258
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3055:
.Ltmp3056:
	w1 += 258
	w2 = w1
.Ltmp3057:
.Ltmp3058:
LBB0_518:
	#DEBUG_VALUE: i <- 258
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1813
.Ltmp3059:
.Ltmp3060:
	#DEBUG_VALUE: i <- 259
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3061:
	w3 = w2
	w3 &= 8
.Ltmp3062:
.Ltmp3063:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3064:
	if w3 == 0 goto LBB0_520
.Ltmp3065:
.Ltmp3066:
# %bb.519:
	#DEBUG_VALUE: i <- 259
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3067:
.Ltmp3068:
	w2 += 259
	w1 = w2
.Ltmp3069:
.Ltmp3070:
LBB0_520:
	#DEBUG_VALUE: i <- 259
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1820
.Ltmp3071:
.Ltmp3072:
	#DEBUG_VALUE: i <- 260
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3073:
	w3 = w1
	w3 &= 16
.Ltmp3074:
.Ltmp3075:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3076:
	if w3 == 0 goto LBB0_522
.Ltmp3077:
.Ltmp3078:
# %bb.521:
	#DEBUG_VALUE: i <- 260
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3079:
.Ltmp3080:
	w1 += 260
	w2 = w1
.Ltmp3081:
.Ltmp3082:
LBB0_522:
	#DEBUG_VALUE: i <- 260
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1827
.Ltmp3083:
.Ltmp3084:
	#DEBUG_VALUE: i <- 261
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3085:
	w3 = w2
	w3 &= 32
.Ltmp3086:
.Ltmp3087:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3088:
	if w3 == 0 goto LBB0_524
.Ltmp3089:
.Ltmp3090:
# %bb.523:
	#DEBUG_VALUE: i <- 261
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3091:
.Ltmp3092:
	w2 += 261
	w1 = w2
.Ltmp3093:
.Ltmp3094:
LBB0_524:
	#DEBUG_VALUE: i <- 261
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1834
.Ltmp3095:
.Ltmp3096:
	#DEBUG_VALUE: i <- 262
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3097:
	w3 = w1
	w3 &= 64
.Ltmp3098:
.Ltmp3099:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3100:
	if w3 == 0 goto LBB0_526
.Ltmp3101:
.Ltmp3102:
# %bb.525:
	#DEBUG_VALUE: i <- 262
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3103:
.Ltmp3104:
	w1 += 262
	w2 = w1
.Ltmp3105:
.Ltmp3106:
LBB0_526:
	#DEBUG_VALUE: i <- 262
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1841
.Ltmp3107:
.Ltmp3108:
	#DEBUG_VALUE: i <- 263
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3109:
	w3 = w2
	w3 &= 128
.Ltmp3110:
.Ltmp3111:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3112:
	if w3 == 0 goto LBB0_528
.Ltmp3113:
.Ltmp3114:
# %bb.527:
	#DEBUG_VALUE: i <- 263
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3115:
.Ltmp3116:
	w2 += 263
	w1 = w2
.Ltmp3117:
.Ltmp3118:
LBB0_528:
	#DEBUG_VALUE: i <- 263
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1848
.Ltmp3119:
.Ltmp3120:
	#DEBUG_VALUE: i <- 264
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3121:
	w3 = w1
	w3 &= 256
.Ltmp3122:
.Ltmp3123:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3124:
	if w3 == 0 goto LBB0_530
.Ltmp3125:
.Ltmp3126:
# %bb.529:
	#DEBUG_VALUE: i <- 264
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3127:
.Ltmp3128:
	w1 += 264
	w2 = w1
.Ltmp3129:
.Ltmp3130:
LBB0_530:
	#DEBUG_VALUE: i <- 264
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1855
.Ltmp3131:
.Ltmp3132:
	#DEBUG_VALUE: i <- 265
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3133:
	w3 = w2
	w3 &= 512
.Ltmp3134:
.Ltmp3135:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3136:
	if w3 == 0 goto LBB0_532
.Ltmp3137:
.Ltmp3138:
# %bb.531:
	#DEBUG_VALUE: i <- 265
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3139:
.Ltmp3140:
	w2 += 265
	w1 = w2
.Ltmp3141:
.Ltmp3142:
LBB0_532:
	#DEBUG_VALUE: i <- 265
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1862
.Ltmp3143:
.Ltmp3144:
	#DEBUG_VALUE: i <- 266
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3145:
	w3 = w1
	w3 &= 1024
.Ltmp3146:
.Ltmp3147:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3148:
	if w3 == 0 goto LBB0_534
.Ltmp3149:
.Ltmp3150:
# %bb.533:
	#DEBUG_VALUE: i <- 266
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3151:
.Ltmp3152:
	w1 += 266
	w2 = w1
.Ltmp3153:
.Ltmp3154:
LBB0_534:
	#DEBUG_VALUE: i <- 266
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1869
.Ltmp3155:
.Ltmp3156:
	#DEBUG_VALUE: i <- 267
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3157:
	w3 = w2
	w3 &= 2048
.Ltmp3158:
.Ltmp3159:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3160:
	if w3 == 0 goto LBB0_536
.Ltmp3161:
.Ltmp3162:
# %bb.535:
	#DEBUG_VALUE: i <- 267
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3163:
.Ltmp3164:
	w2 += 267
	w1 = w2
.Ltmp3165:
.Ltmp3166:
LBB0_536:
	#DEBUG_VALUE: i <- 267
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1876
.Ltmp3167:
.Ltmp3168:
	#DEBUG_VALUE: i <- 268
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3169:
	w3 = w1
	w3 &= 4096
.Ltmp3170:
.Ltmp3171:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3172:
	if w3 == 0 goto LBB0_538
.Ltmp3173:
.Ltmp3174:
# %bb.537:
	#DEBUG_VALUE: i <- 268
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3175:
.Ltmp3176:
	w1 += 268
	w2 = w1
.Ltmp3177:
.Ltmp3178:
LBB0_538:
	#DEBUG_VALUE: i <- 268
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1883
.Ltmp3179:
.Ltmp3180:
	#DEBUG_VALUE: i <- 269
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3181:
	w3 = w2
	w3 &= 8192
.Ltmp3182:
.Ltmp3183:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3184:
	if w3 == 0 goto LBB0_540
.Ltmp3185:
.Ltmp3186:
# %bb.539:
	#DEBUG_VALUE: i <- 269
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3187:
.Ltmp3188:
	w2 += 269
	w1 = w2
.Ltmp3189:
.Ltmp3190:
LBB0_540:
	#DEBUG_VALUE: i <- 269
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1890
.Ltmp3191:
.Ltmp3192:
	#DEBUG_VALUE: i <- 270
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3193:
	w3 = w1
	w3 &= 16384
.Ltmp3194:
.Ltmp3195:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3196:
	if w3 == 0 goto LBB0_542
.Ltmp3197:
.Ltmp3198:
# %bb.541:
	#DEBUG_VALUE: i <- 270
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3199:
.Ltmp3200:
	w1 += 270
	w2 = w1
.Ltmp3201:
.Ltmp3202:
LBB0_542:
	#DEBUG_VALUE: i <- 270
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1897
.Ltmp3203:
.Ltmp3204:
	#DEBUG_VALUE: i <- 271
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3205:
	w3 = w2
	w3 &= 32768
.Ltmp3206:
.Ltmp3207:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3208:
	if w3 == 0 goto LBB0_544
.Ltmp3209:
.Ltmp3210:
# %bb.543:
	#DEBUG_VALUE: i <- 271
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3211:
.Ltmp3212:
	w2 += 271
	w1 = w2
.Ltmp3213:
.Ltmp3214:
LBB0_544:
	#DEBUG_VALUE: i <- 271
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1904
.Ltmp3215:
.Ltmp3216:
	#DEBUG_VALUE: i <- 272
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3217:
	w3 = w1
	w3 &= 65536
.Ltmp3218:
.Ltmp3219:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3220:
	if w3 == 0 goto LBB0_546
.Ltmp3221:
.Ltmp3222:
# %bb.545:
	#DEBUG_VALUE: i <- 272
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3223:
.Ltmp3224:
	w1 += 272
	w2 = w1
.Ltmp3225:
.Ltmp3226:
LBB0_546:
	#DEBUG_VALUE: i <- 272
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1911
.Ltmp3227:
.Ltmp3228:
	#DEBUG_VALUE: i <- 273
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3229:
	w3 = w2
	w3 &= 131072
.Ltmp3230:
.Ltmp3231:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3232:
	if w3 == 0 goto LBB0_548
.Ltmp3233:
.Ltmp3234:
# %bb.547:
	#DEBUG_VALUE: i <- 273
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3235:
.Ltmp3236:
	w2 += 273
	w1 = w2
.Ltmp3237:
.Ltmp3238:
LBB0_548:
	#DEBUG_VALUE: i <- 273
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1918
.Ltmp3239:
.Ltmp3240:
	#DEBUG_VALUE: i <- 274
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3241:
	w3 = w1
	w3 &= 262144
.Ltmp3242:
.Ltmp3243:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3244:
	if w3 == 0 goto LBB0_550
.Ltmp3245:
.Ltmp3246:
# %bb.549:
	#DEBUG_VALUE: i <- 274
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3247:
.Ltmp3248:
	w1 += 274
	w2 = w1
.Ltmp3249:
.Ltmp3250:
LBB0_550:
	#DEBUG_VALUE: i <- 274
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1925
.Ltmp3251:
.Ltmp3252:
	#DEBUG_VALUE: i <- 275
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3253:
	w3 = w2
	w3 &= 524288
.Ltmp3254:
.Ltmp3255:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3256:
	if w3 == 0 goto LBB0_552
.Ltmp3257:
.Ltmp3258:
# %bb.551:
	#DEBUG_VALUE: i <- 275
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3259:
.Ltmp3260:
	w2 += 275
	w1 = w2
.Ltmp3261:
.Ltmp3262:
LBB0_552:
	#DEBUG_VALUE: i <- 275
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1932
.Ltmp3263:
.Ltmp3264:
	#DEBUG_VALUE: i <- 276
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3265:
	w3 = w1
	w3 &= 1048576
.Ltmp3266:
.Ltmp3267:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3268:
	if w3 == 0 goto LBB0_554
.Ltmp3269:
.Ltmp3270:
# %bb.553:
	#DEBUG_VALUE: i <- 276
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3271:
.Ltmp3272:
	w1 += 276
	w2 = w1
.Ltmp3273:
.Ltmp3274:
LBB0_554:
	#DEBUG_VALUE: i <- 276
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1939
.Ltmp3275:
.Ltmp3276:
	#DEBUG_VALUE: i <- 277
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3277:
	w3 = w2
	w3 &= 2097152
.Ltmp3278:
.Ltmp3279:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3280:
	if w3 == 0 goto LBB0_556
.Ltmp3281:
.Ltmp3282:
# %bb.555:
	#DEBUG_VALUE: i <- 277
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3283:
.Ltmp3284:
	w2 += 277
	w1 = w2
.Ltmp3285:
.Ltmp3286:
LBB0_556:
	#DEBUG_VALUE: i <- 277
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1946
.Ltmp3287:
.Ltmp3288:
	#DEBUG_VALUE: i <- 278
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3289:
	w3 = w1
	w3 &= 4194304
.Ltmp3290:
.Ltmp3291:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3292:
	if w3 == 0 goto LBB0_558
.Ltmp3293:
.Ltmp3294:
# %bb.557:
	#DEBUG_VALUE: i <- 278
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3295:
.Ltmp3296:
	w1 += 278
	w2 = w1
.Ltmp3297:
.Ltmp3298:
LBB0_558:
	#DEBUG_VALUE: i <- 278
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1953
.Ltmp3299:
.Ltmp3300:
	#DEBUG_VALUE: i <- 279
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3301:
	w3 = w2
	w3 &= 8388608
.Ltmp3302:
.Ltmp3303:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3304:
	if w3 == 0 goto LBB0_560
.Ltmp3305:
.Ltmp3306:
# %bb.559:
	#DEBUG_VALUE: i <- 279
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3307:
.Ltmp3308:
	w2 += 279
	w1 = w2
.Ltmp3309:
.Ltmp3310:
LBB0_560:
	#DEBUG_VALUE: i <- 279
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1960
.Ltmp3311:
.Ltmp3312:
	#DEBUG_VALUE: i <- 280
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3313:
	w3 = w1
	w3 &= 16777216
.Ltmp3314:
.Ltmp3315:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3316:
	if w3 == 0 goto LBB0_562
.Ltmp3317:
.Ltmp3318:
# %bb.561:
	#DEBUG_VALUE: i <- 280
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3319:
.Ltmp3320:
	w1 += 280
	w2 = w1
.Ltmp3321:
.Ltmp3322:
LBB0_562:
	#DEBUG_VALUE: i <- 280
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1967
.Ltmp3323:
.Ltmp3324:
	#DEBUG_VALUE: i <- 281
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3325:
	w3 = w2
	w3 &= 33554432
.Ltmp3326:
.Ltmp3327:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3328:
	if w3 == 0 goto LBB0_564
.Ltmp3329:
.Ltmp3330:
# %bb.563:
	#DEBUG_VALUE: i <- 281
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3331:
.Ltmp3332:
	w2 += 281
	w1 = w2
.Ltmp3333:
.Ltmp3334:
LBB0_564:
	#DEBUG_VALUE: i <- 281
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1974
.Ltmp3335:
.Ltmp3336:
	#DEBUG_VALUE: i <- 282
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3337:
	w3 = w1
	w3 &= 67108864
.Ltmp3338:
.Ltmp3339:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3340:
	if w3 == 0 goto LBB0_566
.Ltmp3341:
.Ltmp3342:
# %bb.565:
	#DEBUG_VALUE: i <- 282
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3343:
.Ltmp3344:
	w1 += 282
	w2 = w1
.Ltmp3345:
.Ltmp3346:
LBB0_566:
	#DEBUG_VALUE: i <- 282
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1981
.Ltmp3347:
.Ltmp3348:
	#DEBUG_VALUE: i <- 283
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3349:
	w3 = w2
	w3 &= 134217728
.Ltmp3350:
.Ltmp3351:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3352:
	if w3 == 0 goto LBB0_568
.Ltmp3353:
.Ltmp3354:
# %bb.567:
	#DEBUG_VALUE: i <- 283
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3355:
.Ltmp3356:
	w2 += 283
	w1 = w2
.Ltmp3357:
.Ltmp3358:
LBB0_568:
	#DEBUG_VALUE: i <- 283
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 1988
.Ltmp3359:
.Ltmp3360:
	#DEBUG_VALUE: i <- 284
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3361:
	w3 = w1
	w3 &= 268435456
.Ltmp3362:
.Ltmp3363:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3364:
	if w3 == 0 goto LBB0_570
.Ltmp3365:
.Ltmp3366:
# %bb.569:
	#DEBUG_VALUE: i <- 284
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3367:
.Ltmp3368:
	w1 += 284
	w2 = w1
.Ltmp3369:
.Ltmp3370:
LBB0_570:
	#DEBUG_VALUE: i <- 284
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 1995
.Ltmp3371:
.Ltmp3372:
	#DEBUG_VALUE: i <- 285
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3373:
	w3 = w2
	w3 &= 536870912
.Ltmp3374:
.Ltmp3375:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3376:
	if w3 == 0 goto LBB0_572
.Ltmp3377:
.Ltmp3378:
# %bb.571:
	#DEBUG_VALUE: i <- 285
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3379:
.Ltmp3380:
	w2 += 285
	w1 = w2
.Ltmp3381:
.Ltmp3382:
LBB0_572:
	#DEBUG_VALUE: i <- 285
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2002
.Ltmp3383:
.Ltmp3384:
	#DEBUG_VALUE: i <- 286
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3385:
	w3 = w1
	w3 &= 1073741824
.Ltmp3386:
.Ltmp3387:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3388:
	if w3 == 0 goto LBB0_574
.Ltmp3389:
.Ltmp3390:
# %bb.573:
	#DEBUG_VALUE: i <- 286
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3391:
.Ltmp3392:
	w1 += 286
	w2 = w1
.Ltmp3393:
.Ltmp3394:
LBB0_574:
	#DEBUG_VALUE: i <- 286
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 287
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 287
	if w2 s< 0 goto LBB0_576
.Ltmp3395:
.Ltmp3396:
# %bb.575:
	#DEBUG_VALUE: i <- 287
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 2009
.Ltmp3397:
.Ltmp3398:
	w1 = w2
.Ltmp3399:
.Ltmp3400:
LBB0_576:
	#DEBUG_VALUE: i <- 287
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2016
.Ltmp3401:
.Ltmp3402:
	#DEBUG_VALUE: i <- 288
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3403:
	w3 = w1
	w3 &= 1
.Ltmp3404:
.Ltmp3405:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3406:
	if w3 == 0 goto LBB0_578
.Ltmp3407:
.Ltmp3408:
# %bb.577:
	#DEBUG_VALUE: i <- 288
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3409:
.Ltmp3410:
	w1 += 288
	w2 = w1
.Ltmp3411:
.Ltmp3412:
LBB0_578:
	#DEBUG_VALUE: i <- 288
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2023
.Ltmp3413:
.Ltmp3414:
	#DEBUG_VALUE: i <- 289
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3415:
	w3 = w2
	w3 &= 2
.Ltmp3416:
.Ltmp3417:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3418:
	if w3 == 0 goto LBB0_580
.Ltmp3419:
.Ltmp3420:
# %bb.579:
	#DEBUG_VALUE: i <- 289
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3421:
.Ltmp3422:
	w2 += 289
	w1 = w2
.Ltmp3423:
.Ltmp3424:
LBB0_580:
	#DEBUG_VALUE: i <- 289
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2030
.Ltmp3425:
.Ltmp3426:
	#DEBUG_VALUE: i <- 290
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3427:
	w3 = w1
	w3 &= 4
.Ltmp3428:
.Ltmp3429:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3430:
	if w3 == 0 goto LBB0_582
.Ltmp3431:
.Ltmp3432:
# %bb.581:
	#DEBUG_VALUE: i <- 290
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3433:
.Ltmp3434:
	w1 += 290
	w2 = w1
.Ltmp3435:
.Ltmp3436:
LBB0_582:
	#DEBUG_VALUE: i <- 290
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2037
.Ltmp3437:
.Ltmp3438:
	#DEBUG_VALUE: i <- 291
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3439:
	w3 = w2
	w3 &= 8
.Ltmp3440:
.Ltmp3441:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3442:
	if w3 == 0 goto LBB0_584
.Ltmp3443:
.Ltmp3444:
# %bb.583:
	#DEBUG_VALUE: i <- 291
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3445:
.Ltmp3446:
	w2 += 291
	w1 = w2
.Ltmp3447:
.Ltmp3448:
LBB0_584:
	#DEBUG_VALUE: i <- 291
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2044
.Ltmp3449:
.Ltmp3450:
	#DEBUG_VALUE: i <- 292
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3451:
	w3 = w1
	w3 &= 16
.Ltmp3452:
.Ltmp3453:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3454:
	if w3 == 0 goto LBB0_586
.Ltmp3455:
.Ltmp3456:
# %bb.585:
	#DEBUG_VALUE: i <- 292
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3457:
.Ltmp3458:
	w1 += 292
	w2 = w1
.Ltmp3459:
.Ltmp3460:
LBB0_586:
	#DEBUG_VALUE: i <- 292
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2051
.Ltmp3461:
.Ltmp3462:
	#DEBUG_VALUE: i <- 293
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3463:
	w3 = w2
	w3 &= 32
.Ltmp3464:
.Ltmp3465:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3466:
	if w3 == 0 goto LBB0_588
.Ltmp3467:
.Ltmp3468:
# %bb.587:
	#DEBUG_VALUE: i <- 293
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3469:
.Ltmp3470:
	w2 += 293
	w1 = w2
.Ltmp3471:
.Ltmp3472:
LBB0_588:
	#DEBUG_VALUE: i <- 293
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2058
.Ltmp3473:
.Ltmp3474:
	#DEBUG_VALUE: i <- 294
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3475:
	w3 = w1
	w3 &= 64
.Ltmp3476:
.Ltmp3477:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3478:
	if w3 == 0 goto LBB0_590
.Ltmp3479:
.Ltmp3480:
# %bb.589:
	#DEBUG_VALUE: i <- 294
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3481:
.Ltmp3482:
	w1 += 294
	w2 = w1
.Ltmp3483:
.Ltmp3484:
LBB0_590:
	#DEBUG_VALUE: i <- 294
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2065
.Ltmp3485:
.Ltmp3486:
	#DEBUG_VALUE: i <- 295
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3487:
	w3 = w2
	w3 &= 128
.Ltmp3488:
.Ltmp3489:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3490:
	if w3 == 0 goto LBB0_592
.Ltmp3491:
.Ltmp3492:
# %bb.591:
	#DEBUG_VALUE: i <- 295
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3493:
.Ltmp3494:
	w2 += 295
	w1 = w2
.Ltmp3495:
.Ltmp3496:
LBB0_592:
	#DEBUG_VALUE: i <- 295
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2072
.Ltmp3497:
.Ltmp3498:
	#DEBUG_VALUE: i <- 296
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3499:
	w3 = w1
	w3 &= 256
.Ltmp3500:
.Ltmp3501:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3502:
	if w3 == 0 goto LBB0_594
.Ltmp3503:
.Ltmp3504:
# %bb.593:
	#DEBUG_VALUE: i <- 296
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3505:
.Ltmp3506:
	w1 += 296
	w2 = w1
.Ltmp3507:
.Ltmp3508:
LBB0_594:
	#DEBUG_VALUE: i <- 296
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2079
.Ltmp3509:
.Ltmp3510:
	#DEBUG_VALUE: i <- 297
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3511:
	w3 = w2
	w3 &= 512
.Ltmp3512:
.Ltmp3513:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3514:
	if w3 == 0 goto LBB0_596
.Ltmp3515:
.Ltmp3516:
# %bb.595:
	#DEBUG_VALUE: i <- 297
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3517:
.Ltmp3518:
	w2 += 297
	w1 = w2
.Ltmp3519:
.Ltmp3520:
LBB0_596:
	#DEBUG_VALUE: i <- 297
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2086
.Ltmp3521:
.Ltmp3522:
	#DEBUG_VALUE: i <- 298
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3523:
	w3 = w1
	w3 &= 1024
.Ltmp3524:
.Ltmp3525:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3526:
	if w3 == 0 goto LBB0_598
.Ltmp3527:
.Ltmp3528:
# %bb.597:
	#DEBUG_VALUE: i <- 298
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3529:
.Ltmp3530:
	w1 += 298
	w2 = w1
.Ltmp3531:
.Ltmp3532:
LBB0_598:
	#DEBUG_VALUE: i <- 298
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2093
.Ltmp3533:
.Ltmp3534:
	#DEBUG_VALUE: i <- 299
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3535:
	w3 = w2
	w3 &= 2048
.Ltmp3536:
.Ltmp3537:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3538:
	if w3 == 0 goto LBB0_600
.Ltmp3539:
.Ltmp3540:
# %bb.599:
	#DEBUG_VALUE: i <- 299
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3541:
.Ltmp3542:
	w2 += 299
	w1 = w2
.Ltmp3543:
.Ltmp3544:
LBB0_600:
	#DEBUG_VALUE: i <- 299
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2100
.Ltmp3545:
.Ltmp3546:
	#DEBUG_VALUE: i <- 300
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3547:
	w3 = w1
	w3 &= 4096
.Ltmp3548:
.Ltmp3549:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3550:
	if w3 == 0 goto LBB0_602
.Ltmp3551:
.Ltmp3552:
# %bb.601:
	#DEBUG_VALUE: i <- 300
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3553:
.Ltmp3554:
	w1 += 300
	w2 = w1
.Ltmp3555:
.Ltmp3556:
LBB0_602:
	#DEBUG_VALUE: i <- 300
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2107
.Ltmp3557:
.Ltmp3558:
	#DEBUG_VALUE: i <- 301
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3559:
	w3 = w2
	w3 &= 8192
.Ltmp3560:
.Ltmp3561:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3562:
	if w3 == 0 goto LBB0_604
.Ltmp3563:
.Ltmp3564:
# %bb.603:
	#DEBUG_VALUE: i <- 301
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3565:
.Ltmp3566:
	w2 += 301
	w1 = w2
.Ltmp3567:
.Ltmp3568:
LBB0_604:
	#DEBUG_VALUE: i <- 301
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2114
.Ltmp3569:
.Ltmp3570:
	#DEBUG_VALUE: i <- 302
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3571:
	w3 = w1
	w3 &= 16384
.Ltmp3572:
.Ltmp3573:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3574:
	if w3 == 0 goto LBB0_606
.Ltmp3575:
.Ltmp3576:
# %bb.605:
	#DEBUG_VALUE: i <- 302
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3577:
.Ltmp3578:
	w1 += 302
	w2 = w1
.Ltmp3579:
.Ltmp3580:
LBB0_606:
	#DEBUG_VALUE: i <- 302
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2121
.Ltmp3581:
.Ltmp3582:
	#DEBUG_VALUE: i <- 303
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3583:
	w3 = w2
	w3 &= 32768
.Ltmp3584:
.Ltmp3585:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3586:
	if w3 == 0 goto LBB0_608
.Ltmp3587:
.Ltmp3588:
# %bb.607:
	#DEBUG_VALUE: i <- 303
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3589:
.Ltmp3590:
	w2 += 303
	w1 = w2
.Ltmp3591:
.Ltmp3592:
LBB0_608:
	#DEBUG_VALUE: i <- 303
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2128
.Ltmp3593:
.Ltmp3594:
	#DEBUG_VALUE: i <- 304
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3595:
	w3 = w1
	w3 &= 65536
.Ltmp3596:
.Ltmp3597:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3598:
	if w3 == 0 goto LBB0_610
.Ltmp3599:
.Ltmp3600:
# %bb.609:
	#DEBUG_VALUE: i <- 304
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3601:
.Ltmp3602:
	w1 += 304
	w2 = w1
.Ltmp3603:
.Ltmp3604:
LBB0_610:
	#DEBUG_VALUE: i <- 304
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2135
.Ltmp3605:
.Ltmp3606:
	#DEBUG_VALUE: i <- 305
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3607:
	w3 = w2
	w3 &= 131072
.Ltmp3608:
.Ltmp3609:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3610:
	if w3 == 0 goto LBB0_612
.Ltmp3611:
.Ltmp3612:
# %bb.611:
	#DEBUG_VALUE: i <- 305
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3613:
.Ltmp3614:
	w2 += 305
	w1 = w2
.Ltmp3615:
.Ltmp3616:
LBB0_612:
	#DEBUG_VALUE: i <- 305
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2142
.Ltmp3617:
.Ltmp3618:
	#DEBUG_VALUE: i <- 306
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3619:
	w3 = w1
	w3 &= 262144
.Ltmp3620:
.Ltmp3621:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3622:
	if w3 == 0 goto LBB0_614
.Ltmp3623:
.Ltmp3624:
# %bb.613:
	#DEBUG_VALUE: i <- 306
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3625:
.Ltmp3626:
	w1 += 306
	w2 = w1
.Ltmp3627:
.Ltmp3628:
LBB0_614:
	#DEBUG_VALUE: i <- 306
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2149
.Ltmp3629:
.Ltmp3630:
	#DEBUG_VALUE: i <- 307
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3631:
	w3 = w2
	w3 &= 524288
.Ltmp3632:
.Ltmp3633:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3634:
	if w3 == 0 goto LBB0_616
.Ltmp3635:
.Ltmp3636:
# %bb.615:
	#DEBUG_VALUE: i <- 307
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3637:
.Ltmp3638:
	w2 += 307
	w1 = w2
.Ltmp3639:
.Ltmp3640:
LBB0_616:
	#DEBUG_VALUE: i <- 307
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2156
.Ltmp3641:
.Ltmp3642:
	#DEBUG_VALUE: i <- 308
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3643:
	w3 = w1
	w3 &= 1048576
.Ltmp3644:
.Ltmp3645:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3646:
	if w3 == 0 goto LBB0_618
.Ltmp3647:
.Ltmp3648:
# %bb.617:
	#DEBUG_VALUE: i <- 308
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3649:
.Ltmp3650:
	w1 += 308
	w2 = w1
.Ltmp3651:
.Ltmp3652:
LBB0_618:
	#DEBUG_VALUE: i <- 308
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2163
.Ltmp3653:
.Ltmp3654:
	#DEBUG_VALUE: i <- 309
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3655:
	w3 = w2
	w3 &= 2097152
.Ltmp3656:
.Ltmp3657:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3658:
	if w3 == 0 goto LBB0_620
.Ltmp3659:
.Ltmp3660:
# %bb.619:
	#DEBUG_VALUE: i <- 309
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3661:
.Ltmp3662:
	w2 += 309
	w1 = w2
.Ltmp3663:
.Ltmp3664:
LBB0_620:
	#DEBUG_VALUE: i <- 309
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2170
.Ltmp3665:
.Ltmp3666:
	#DEBUG_VALUE: i <- 310
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3667:
	w3 = w1
	w3 &= 4194304
.Ltmp3668:
.Ltmp3669:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3670:
	if w3 == 0 goto LBB0_622
.Ltmp3671:
.Ltmp3672:
# %bb.621:
	#DEBUG_VALUE: i <- 310
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3673:
.Ltmp3674:
	w1 += 310
	w2 = w1
.Ltmp3675:
.Ltmp3676:
LBB0_622:
	#DEBUG_VALUE: i <- 310
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2177
.Ltmp3677:
.Ltmp3678:
	#DEBUG_VALUE: i <- 311
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3679:
	w3 = w2
	w3 &= 8388608
.Ltmp3680:
.Ltmp3681:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3682:
	if w3 == 0 goto LBB0_624
.Ltmp3683:
.Ltmp3684:
# %bb.623:
	#DEBUG_VALUE: i <- 311
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3685:
.Ltmp3686:
	w2 += 311
	w1 = w2
.Ltmp3687:
.Ltmp3688:
LBB0_624:
	#DEBUG_VALUE: i <- 311
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2184
.Ltmp3689:
.Ltmp3690:
	#DEBUG_VALUE: i <- 312
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3691:
	w3 = w1
	w3 &= 16777216
.Ltmp3692:
.Ltmp3693:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3694:
	if w3 == 0 goto LBB0_626
.Ltmp3695:
.Ltmp3696:
# %bb.625:
	#DEBUG_VALUE: i <- 312
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3697:
.Ltmp3698:
	w1 += 312
	w2 = w1
.Ltmp3699:
.Ltmp3700:
LBB0_626:
	#DEBUG_VALUE: i <- 312
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2191
.Ltmp3701:
.Ltmp3702:
	#DEBUG_VALUE: i <- 313
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3703:
	w3 = w2
	w3 &= 33554432
.Ltmp3704:
.Ltmp3705:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3706:
	if w3 == 0 goto LBB0_628
.Ltmp3707:
.Ltmp3708:
# %bb.627:
	#DEBUG_VALUE: i <- 313
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3709:
.Ltmp3710:
	w2 += 313
	w1 = w2
.Ltmp3711:
.Ltmp3712:
LBB0_628:
	#DEBUG_VALUE: i <- 313
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2198
.Ltmp3713:
.Ltmp3714:
	#DEBUG_VALUE: i <- 314
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3715:
	w3 = w1
	w3 &= 67108864
.Ltmp3716:
.Ltmp3717:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3718:
	if w3 == 0 goto LBB0_630
.Ltmp3719:
.Ltmp3720:
# %bb.629:
	#DEBUG_VALUE: i <- 314
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3721:
.Ltmp3722:
	w1 += 314
	w2 = w1
.Ltmp3723:
.Ltmp3724:
LBB0_630:
	#DEBUG_VALUE: i <- 314
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2205
.Ltmp3725:
.Ltmp3726:
	#DEBUG_VALUE: i <- 315
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3727:
	w3 = w2
	w3 &= 134217728
.Ltmp3728:
.Ltmp3729:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3730:
	if w3 == 0 goto LBB0_632
.Ltmp3731:
.Ltmp3732:
# %bb.631:
	#DEBUG_VALUE: i <- 315
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3733:
.Ltmp3734:
	w2 += 315
	w1 = w2
.Ltmp3735:
.Ltmp3736:
LBB0_632:
	#DEBUG_VALUE: i <- 315
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2212
.Ltmp3737:
.Ltmp3738:
	#DEBUG_VALUE: i <- 316
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3739:
	w3 = w1
	w3 &= 268435456
.Ltmp3740:
.Ltmp3741:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3742:
	if w3 == 0 goto LBB0_634
.Ltmp3743:
.Ltmp3744:
# %bb.633:
	#DEBUG_VALUE: i <- 316
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3745:
.Ltmp3746:
	w1 += 316
	w2 = w1
.Ltmp3747:
.Ltmp3748:
LBB0_634:
	#DEBUG_VALUE: i <- 316
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2219
.Ltmp3749:
.Ltmp3750:
	#DEBUG_VALUE: i <- 317
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3751:
	w3 = w2
	w3 &= 536870912
.Ltmp3752:
.Ltmp3753:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3754:
	if w3 == 0 goto LBB0_636
.Ltmp3755:
.Ltmp3756:
# %bb.635:
	#DEBUG_VALUE: i <- 317
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3757:
.Ltmp3758:
	w2 += 317
	w1 = w2
.Ltmp3759:
.Ltmp3760:
LBB0_636:
	#DEBUG_VALUE: i <- 317
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2226
.Ltmp3761:
.Ltmp3762:
	#DEBUG_VALUE: i <- 318
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3763:
	w3 = w1
	w3 &= 1073741824
.Ltmp3764:
.Ltmp3765:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3766:
	if w3 == 0 goto LBB0_638
.Ltmp3767:
.Ltmp3768:
# %bb.637:
	#DEBUG_VALUE: i <- 318
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3769:
.Ltmp3770:
	w1 += 318
	w2 = w1
.Ltmp3771:
.Ltmp3772:
LBB0_638:
	#DEBUG_VALUE: i <- 318
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 319
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 319
	if w2 s< 0 goto LBB0_640
.Ltmp3773:
.Ltmp3774:
# %bb.639:
	#DEBUG_VALUE: i <- 319
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 2233
.Ltmp3775:
.Ltmp3776:
	w1 = w2
.Ltmp3777:
.Ltmp3778:
LBB0_640:
	#DEBUG_VALUE: i <- 319
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2240
.Ltmp3779:
.Ltmp3780:
	#DEBUG_VALUE: i <- 320
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3781:
	w3 = w1
	w3 &= 1
.Ltmp3782:
.Ltmp3783:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3784:
	if w3 == 0 goto LBB0_642
.Ltmp3785:
.Ltmp3786:
# %bb.641:
	#DEBUG_VALUE: i <- 320
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3787:
.Ltmp3788:
	w1 += 320
	w2 = w1
.Ltmp3789:
.Ltmp3790:
LBB0_642:
	#DEBUG_VALUE: i <- 320
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2247
.Ltmp3791:
.Ltmp3792:
	#DEBUG_VALUE: i <- 321
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3793:
	w3 = w2
	w3 &= 2
.Ltmp3794:
.Ltmp3795:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3796:
	if w3 == 0 goto LBB0_644
.Ltmp3797:
.Ltmp3798:
# %bb.643:
	#DEBUG_VALUE: i <- 321
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3799:
.Ltmp3800:
	w2 += 321
	w1 = w2
.Ltmp3801:
.Ltmp3802:
LBB0_644:
	#DEBUG_VALUE: i <- 321
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2254
.Ltmp3803:
.Ltmp3804:
	#DEBUG_VALUE: i <- 322
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3805:
	w3 = w1
	w3 &= 4
.Ltmp3806:
.Ltmp3807:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3808:
	if w3 == 0 goto LBB0_646
.Ltmp3809:
.Ltmp3810:
# %bb.645:
	#DEBUG_VALUE: i <- 322
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3811:
.Ltmp3812:
	w1 += 322
	w2 = w1
.Ltmp3813:
.Ltmp3814:
LBB0_646:
	#DEBUG_VALUE: i <- 322
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2261
.Ltmp3815:
.Ltmp3816:
	#DEBUG_VALUE: i <- 323
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3817:
	w3 = w2
	w3 &= 8
.Ltmp3818:
.Ltmp3819:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3820:
	if w3 == 0 goto LBB0_648
.Ltmp3821:
.Ltmp3822:
# %bb.647:
	#DEBUG_VALUE: i <- 323
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3823:
.Ltmp3824:
	w2 += 323
	w1 = w2
.Ltmp3825:
.Ltmp3826:
LBB0_648:
	#DEBUG_VALUE: i <- 323
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2268
.Ltmp3827:
.Ltmp3828:
	#DEBUG_VALUE: i <- 324
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3829:
	w3 = w1
	w3 &= 16
.Ltmp3830:
.Ltmp3831:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3832:
	if w3 == 0 goto LBB0_650
.Ltmp3833:
.Ltmp3834:
# %bb.649:
	#DEBUG_VALUE: i <- 324
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3835:
.Ltmp3836:
	w1 += 324
	w2 = w1
.Ltmp3837:
.Ltmp3838:
LBB0_650:
	#DEBUG_VALUE: i <- 324
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2275
.Ltmp3839:
.Ltmp3840:
	#DEBUG_VALUE: i <- 325
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3841:
	w3 = w2
	w3 &= 32
.Ltmp3842:
.Ltmp3843:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3844:
	if w3 == 0 goto LBB0_652
.Ltmp3845:
.Ltmp3846:
# %bb.651:
	#DEBUG_VALUE: i <- 325
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3847:
.Ltmp3848:
	w2 += 325
	w1 = w2
.Ltmp3849:
.Ltmp3850:
LBB0_652:
	#DEBUG_VALUE: i <- 325
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2282
.Ltmp3851:
.Ltmp3852:
	#DEBUG_VALUE: i <- 326
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3853:
	w3 = w1
	w3 &= 64
.Ltmp3854:
.Ltmp3855:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3856:
	if w3 == 0 goto LBB0_654
.Ltmp3857:
.Ltmp3858:
# %bb.653:
	#DEBUG_VALUE: i <- 326
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3859:
.Ltmp3860:
	w1 += 326
	w2 = w1
.Ltmp3861:
.Ltmp3862:
LBB0_654:
	#DEBUG_VALUE: i <- 326
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2289
.Ltmp3863:
.Ltmp3864:
	#DEBUG_VALUE: i <- 327
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3865:
	w3 = w2
	w3 &= 128
.Ltmp3866:
.Ltmp3867:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3868:
	if w3 == 0 goto LBB0_656
.Ltmp3869:
.Ltmp3870:
# %bb.655:
	#DEBUG_VALUE: i <- 327
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3871:
.Ltmp3872:
	w2 += 327
	w1 = w2
.Ltmp3873:
.Ltmp3874:
LBB0_656:
	#DEBUG_VALUE: i <- 327
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2296
.Ltmp3875:
.Ltmp3876:
	#DEBUG_VALUE: i <- 328
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3877:
	w3 = w1
	w3 &= 256
.Ltmp3878:
.Ltmp3879:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3880:
	if w3 == 0 goto LBB0_658
.Ltmp3881:
.Ltmp3882:
# %bb.657:
	#DEBUG_VALUE: i <- 328
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3883:
.Ltmp3884:
	w1 += 328
	w2 = w1
.Ltmp3885:
.Ltmp3886:
LBB0_658:
	#DEBUG_VALUE: i <- 328
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2303
.Ltmp3887:
.Ltmp3888:
	#DEBUG_VALUE: i <- 329
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3889:
	w3 = w2
	w3 &= 512
.Ltmp3890:
.Ltmp3891:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3892:
	if w3 == 0 goto LBB0_660
.Ltmp3893:
.Ltmp3894:
# %bb.659:
	#DEBUG_VALUE: i <- 329
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3895:
.Ltmp3896:
	w2 += 329
	w1 = w2
.Ltmp3897:
.Ltmp3898:
LBB0_660:
	#DEBUG_VALUE: i <- 329
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2310
.Ltmp3899:
.Ltmp3900:
	#DEBUG_VALUE: i <- 330
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3901:
	w3 = w1
	w3 &= 1024
.Ltmp3902:
.Ltmp3903:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3904:
	if w3 == 0 goto LBB0_662
.Ltmp3905:
.Ltmp3906:
# %bb.661:
	#DEBUG_VALUE: i <- 330
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3907:
.Ltmp3908:
	w1 += 330
	w2 = w1
.Ltmp3909:
.Ltmp3910:
LBB0_662:
	#DEBUG_VALUE: i <- 330
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2317
.Ltmp3911:
.Ltmp3912:
	#DEBUG_VALUE: i <- 331
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3913:
	w3 = w2
	w3 &= 2048
.Ltmp3914:
.Ltmp3915:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3916:
	if w3 == 0 goto LBB0_664
.Ltmp3917:
.Ltmp3918:
# %bb.663:
	#DEBUG_VALUE: i <- 331
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3919:
.Ltmp3920:
	w2 += 331
	w1 = w2
.Ltmp3921:
.Ltmp3922:
LBB0_664:
	#DEBUG_VALUE: i <- 331
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2324
.Ltmp3923:
.Ltmp3924:
	#DEBUG_VALUE: i <- 332
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3925:
	w3 = w1
	w3 &= 4096
.Ltmp3926:
.Ltmp3927:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3928:
	if w3 == 0 goto LBB0_666
.Ltmp3929:
.Ltmp3930:
# %bb.665:
	#DEBUG_VALUE: i <- 332
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3931:
.Ltmp3932:
	w1 += 332
	w2 = w1
.Ltmp3933:
.Ltmp3934:
LBB0_666:
	#DEBUG_VALUE: i <- 332
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2331
.Ltmp3935:
.Ltmp3936:
	#DEBUG_VALUE: i <- 333
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3937:
	w3 = w2
	w3 &= 8192
.Ltmp3938:
.Ltmp3939:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3940:
	if w3 == 0 goto LBB0_668
.Ltmp3941:
.Ltmp3942:
# %bb.667:
	#DEBUG_VALUE: i <- 333
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3943:
.Ltmp3944:
	w2 += 333
	w1 = w2
.Ltmp3945:
.Ltmp3946:
LBB0_668:
	#DEBUG_VALUE: i <- 333
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2338
.Ltmp3947:
.Ltmp3948:
	#DEBUG_VALUE: i <- 334
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3949:
	w3 = w1
	w3 &= 16384
.Ltmp3950:
.Ltmp3951:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3952:
	if w3 == 0 goto LBB0_670
.Ltmp3953:
.Ltmp3954:
# %bb.669:
	#DEBUG_VALUE: i <- 334
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3955:
.Ltmp3956:
	w1 += 334
	w2 = w1
.Ltmp3957:
.Ltmp3958:
LBB0_670:
	#DEBUG_VALUE: i <- 334
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2345
.Ltmp3959:
.Ltmp3960:
	#DEBUG_VALUE: i <- 335
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3961:
	w3 = w2
	w3 &= 32768
.Ltmp3962:
.Ltmp3963:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3964:
	if w3 == 0 goto LBB0_672
.Ltmp3965:
.Ltmp3966:
# %bb.671:
	#DEBUG_VALUE: i <- 335
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3967:
.Ltmp3968:
	w2 += 335
	w1 = w2
.Ltmp3969:
.Ltmp3970:
LBB0_672:
	#DEBUG_VALUE: i <- 335
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2352
.Ltmp3971:
.Ltmp3972:
	#DEBUG_VALUE: i <- 336
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3973:
	w3 = w1
	w3 &= 65536
.Ltmp3974:
.Ltmp3975:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3976:
	if w3 == 0 goto LBB0_674
.Ltmp3977:
.Ltmp3978:
# %bb.673:
	#DEBUG_VALUE: i <- 336
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp3979:
.Ltmp3980:
	w1 += 336
	w2 = w1
.Ltmp3981:
.Ltmp3982:
LBB0_674:
	#DEBUG_VALUE: i <- 336
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2359
.Ltmp3983:
.Ltmp3984:
	#DEBUG_VALUE: i <- 337
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3985:
	w3 = w2
	w3 &= 131072
.Ltmp3986:
.Ltmp3987:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp3988:
	if w3 == 0 goto LBB0_676
.Ltmp3989:
.Ltmp3990:
# %bb.675:
	#DEBUG_VALUE: i <- 337
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp3991:
.Ltmp3992:
	w2 += 337
	w1 = w2
.Ltmp3993:
.Ltmp3994:
LBB0_676:
	#DEBUG_VALUE: i <- 337
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2366
.Ltmp3995:
.Ltmp3996:
	#DEBUG_VALUE: i <- 338
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp3997:
	w3 = w1
	w3 &= 262144
.Ltmp3998:
.Ltmp3999:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4000:
	if w3 == 0 goto LBB0_678
.Ltmp4001:
.Ltmp4002:
# %bb.677:
	#DEBUG_VALUE: i <- 338
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4003:
.Ltmp4004:
	w1 += 338
	w2 = w1
.Ltmp4005:
.Ltmp4006:
LBB0_678:
	#DEBUG_VALUE: i <- 338
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2373
.Ltmp4007:
.Ltmp4008:
	#DEBUG_VALUE: i <- 339
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4009:
	w3 = w2
	w3 &= 524288
.Ltmp4010:
.Ltmp4011:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4012:
	if w3 == 0 goto LBB0_680
.Ltmp4013:
.Ltmp4014:
# %bb.679:
	#DEBUG_VALUE: i <- 339
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4015:
.Ltmp4016:
	w2 += 339
	w1 = w2
.Ltmp4017:
.Ltmp4018:
LBB0_680:
	#DEBUG_VALUE: i <- 339
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2380
.Ltmp4019:
.Ltmp4020:
	#DEBUG_VALUE: i <- 340
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4021:
	w3 = w1
	w3 &= 1048576
.Ltmp4022:
.Ltmp4023:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4024:
	if w3 == 0 goto LBB0_682
.Ltmp4025:
.Ltmp4026:
# %bb.681:
	#DEBUG_VALUE: i <- 340
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4027:
.Ltmp4028:
	w1 += 340
	w2 = w1
.Ltmp4029:
.Ltmp4030:
LBB0_682:
	#DEBUG_VALUE: i <- 340
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2387
.Ltmp4031:
.Ltmp4032:
	#DEBUG_VALUE: i <- 341
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4033:
	w3 = w2
	w3 &= 2097152
.Ltmp4034:
.Ltmp4035:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4036:
	if w3 == 0 goto LBB0_684
.Ltmp4037:
.Ltmp4038:
# %bb.683:
	#DEBUG_VALUE: i <- 341
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4039:
.Ltmp4040:
	w2 += 341
	w1 = w2
.Ltmp4041:
.Ltmp4042:
LBB0_684:
	#DEBUG_VALUE: i <- 341
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2394
.Ltmp4043:
.Ltmp4044:
	#DEBUG_VALUE: i <- 342
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4045:
	w3 = w1
	w3 &= 4194304
.Ltmp4046:
.Ltmp4047:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4048:
	if w3 == 0 goto LBB0_686
.Ltmp4049:
.Ltmp4050:
# %bb.685:
	#DEBUG_VALUE: i <- 342
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4051:
.Ltmp4052:
	w1 += 342
	w2 = w1
.Ltmp4053:
.Ltmp4054:
LBB0_686:
	#DEBUG_VALUE: i <- 342
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2401
.Ltmp4055:
.Ltmp4056:
	#DEBUG_VALUE: i <- 343
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4057:
	w3 = w2
	w3 &= 8388608
.Ltmp4058:
.Ltmp4059:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4060:
	if w3 == 0 goto LBB0_688
.Ltmp4061:
.Ltmp4062:
# %bb.687:
	#DEBUG_VALUE: i <- 343
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4063:
.Ltmp4064:
	w2 += 343
	w1 = w2
.Ltmp4065:
.Ltmp4066:
LBB0_688:
	#DEBUG_VALUE: i <- 343
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2408
.Ltmp4067:
.Ltmp4068:
	#DEBUG_VALUE: i <- 344
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4069:
	w3 = w1
	w3 &= 16777216
.Ltmp4070:
.Ltmp4071:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4072:
	if w3 == 0 goto LBB0_690
.Ltmp4073:
.Ltmp4074:
# %bb.689:
	#DEBUG_VALUE: i <- 344
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4075:
.Ltmp4076:
	w1 += 344
	w2 = w1
.Ltmp4077:
.Ltmp4078:
LBB0_690:
	#DEBUG_VALUE: i <- 344
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2415
.Ltmp4079:
.Ltmp4080:
	#DEBUG_VALUE: i <- 345
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4081:
	w3 = w2
	w3 &= 33554432
.Ltmp4082:
.Ltmp4083:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4084:
	if w3 == 0 goto LBB0_692
.Ltmp4085:
.Ltmp4086:
# %bb.691:
	#DEBUG_VALUE: i <- 345
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4087:
.Ltmp4088:
	w2 += 345
	w1 = w2
.Ltmp4089:
.Ltmp4090:
LBB0_692:
	#DEBUG_VALUE: i <- 345
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2422
.Ltmp4091:
.Ltmp4092:
	#DEBUG_VALUE: i <- 346
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4093:
	w3 = w1
	w3 &= 67108864
.Ltmp4094:
.Ltmp4095:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4096:
	if w3 == 0 goto LBB0_694
.Ltmp4097:
.Ltmp4098:
# %bb.693:
	#DEBUG_VALUE: i <- 346
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4099:
.Ltmp4100:
	w1 += 346
	w2 = w1
.Ltmp4101:
.Ltmp4102:
LBB0_694:
	#DEBUG_VALUE: i <- 346
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2429
.Ltmp4103:
.Ltmp4104:
	#DEBUG_VALUE: i <- 347
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4105:
	w3 = w2
	w3 &= 134217728
.Ltmp4106:
.Ltmp4107:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4108:
	if w3 == 0 goto LBB0_696
.Ltmp4109:
.Ltmp4110:
# %bb.695:
	#DEBUG_VALUE: i <- 347
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4111:
.Ltmp4112:
	w2 += 347
	w1 = w2
.Ltmp4113:
.Ltmp4114:
LBB0_696:
	#DEBUG_VALUE: i <- 347
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2436
.Ltmp4115:
.Ltmp4116:
	#DEBUG_VALUE: i <- 348
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4117:
	w3 = w1
	w3 &= 268435456
.Ltmp4118:
.Ltmp4119:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4120:
	if w3 == 0 goto LBB0_698
.Ltmp4121:
.Ltmp4122:
# %bb.697:
	#DEBUG_VALUE: i <- 348
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4123:
.Ltmp4124:
	w1 += 348
	w2 = w1
.Ltmp4125:
.Ltmp4126:
LBB0_698:
	#DEBUG_VALUE: i <- 348
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2443
.Ltmp4127:
.Ltmp4128:
	#DEBUG_VALUE: i <- 349
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4129:
	w3 = w2
	w3 &= 536870912
.Ltmp4130:
.Ltmp4131:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4132:
	if w3 == 0 goto LBB0_700
.Ltmp4133:
.Ltmp4134:
# %bb.699:
	#DEBUG_VALUE: i <- 349
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4135:
.Ltmp4136:
	w2 += 349
	w1 = w2
.Ltmp4137:
.Ltmp4138:
LBB0_700:
	#DEBUG_VALUE: i <- 349
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2450
.Ltmp4139:
.Ltmp4140:
	#DEBUG_VALUE: i <- 350
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4141:
	w3 = w1
	w3 &= 1073741824
.Ltmp4142:
.Ltmp4143:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4144:
	if w3 == 0 goto LBB0_702
.Ltmp4145:
.Ltmp4146:
# %bb.701:
	#DEBUG_VALUE: i <- 350
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4147:
.Ltmp4148:
	w1 += 350
	w2 = w1
.Ltmp4149:
.Ltmp4150:
LBB0_702:
	#DEBUG_VALUE: i <- 350
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 351
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 351
	if w2 s< 0 goto LBB0_704
.Ltmp4151:
.Ltmp4152:
# %bb.703:
	#DEBUG_VALUE: i <- 351
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 2457
.Ltmp4153:
.Ltmp4154:
	w1 = w2
.Ltmp4155:
.Ltmp4156:
LBB0_704:
	#DEBUG_VALUE: i <- 351
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2464
.Ltmp4157:
.Ltmp4158:
	#DEBUG_VALUE: i <- 352
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4159:
	w3 = w1
	w3 &= 1
.Ltmp4160:
.Ltmp4161:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4162:
	if w3 == 0 goto LBB0_706
.Ltmp4163:
.Ltmp4164:
# %bb.705:
	#DEBUG_VALUE: i <- 352
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4165:
.Ltmp4166:
	w1 += 352
	w2 = w1
.Ltmp4167:
.Ltmp4168:
LBB0_706:
	#DEBUG_VALUE: i <- 352
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2471
.Ltmp4169:
.Ltmp4170:
	#DEBUG_VALUE: i <- 353
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4171:
	w3 = w2
	w3 &= 2
.Ltmp4172:
.Ltmp4173:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4174:
	if w3 == 0 goto LBB0_708
.Ltmp4175:
.Ltmp4176:
# %bb.707:
	#DEBUG_VALUE: i <- 353
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4177:
.Ltmp4178:
	w2 += 353
	w1 = w2
.Ltmp4179:
.Ltmp4180:
LBB0_708:
	#DEBUG_VALUE: i <- 353
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2478
.Ltmp4181:
.Ltmp4182:
	#DEBUG_VALUE: i <- 354
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4183:
	w3 = w1
	w3 &= 4
.Ltmp4184:
.Ltmp4185:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4186:
	if w3 == 0 goto LBB0_710
.Ltmp4187:
.Ltmp4188:
# %bb.709:
	#DEBUG_VALUE: i <- 354
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4189:
.Ltmp4190:
	w1 += 354
	w2 = w1
.Ltmp4191:
.Ltmp4192:
LBB0_710:
	#DEBUG_VALUE: i <- 354
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2485
.Ltmp4193:
.Ltmp4194:
	#DEBUG_VALUE: i <- 355
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4195:
	w3 = w2
	w3 &= 8
.Ltmp4196:
.Ltmp4197:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4198:
	if w3 == 0 goto LBB0_712
.Ltmp4199:
.Ltmp4200:
# %bb.711:
	#DEBUG_VALUE: i <- 355
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4201:
.Ltmp4202:
	w2 += 355
	w1 = w2
.Ltmp4203:
.Ltmp4204:
LBB0_712:
	#DEBUG_VALUE: i <- 355
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2492
.Ltmp4205:
.Ltmp4206:
	#DEBUG_VALUE: i <- 356
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4207:
	w3 = w1
	w3 &= 16
.Ltmp4208:
.Ltmp4209:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4210:
	if w3 == 0 goto LBB0_714
.Ltmp4211:
.Ltmp4212:
# %bb.713:
	#DEBUG_VALUE: i <- 356
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4213:
.Ltmp4214:
	w1 += 356
	w2 = w1
.Ltmp4215:
.Ltmp4216:
LBB0_714:
	#DEBUG_VALUE: i <- 356
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2499
.Ltmp4217:
.Ltmp4218:
	#DEBUG_VALUE: i <- 357
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4219:
	w3 = w2
	w3 &= 32
.Ltmp4220:
.Ltmp4221:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4222:
	if w3 == 0 goto LBB0_716
.Ltmp4223:
.Ltmp4224:
# %bb.715:
	#DEBUG_VALUE: i <- 357
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4225:
.Ltmp4226:
	w2 += 357
	w1 = w2
.Ltmp4227:
.Ltmp4228:
LBB0_716:
	#DEBUG_VALUE: i <- 357
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2506
.Ltmp4229:
.Ltmp4230:
	#DEBUG_VALUE: i <- 358
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4231:
	w3 = w1
	w3 &= 64
.Ltmp4232:
.Ltmp4233:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4234:
	if w3 == 0 goto LBB0_718
.Ltmp4235:
.Ltmp4236:
# %bb.717:
	#DEBUG_VALUE: i <- 358
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4237:
.Ltmp4238:
	w1 += 358
	w2 = w1
.Ltmp4239:
.Ltmp4240:
LBB0_718:
	#DEBUG_VALUE: i <- 358
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2513
.Ltmp4241:
.Ltmp4242:
	#DEBUG_VALUE: i <- 359
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4243:
	w3 = w2
	w3 &= 128
.Ltmp4244:
.Ltmp4245:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4246:
	if w3 == 0 goto LBB0_720
.Ltmp4247:
.Ltmp4248:
# %bb.719:
	#DEBUG_VALUE: i <- 359
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4249:
.Ltmp4250:
	w2 += 359
	w1 = w2
.Ltmp4251:
.Ltmp4252:
LBB0_720:
	#DEBUG_VALUE: i <- 359
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2520
.Ltmp4253:
.Ltmp4254:
	#DEBUG_VALUE: i <- 360
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4255:
	w3 = w1
	w3 &= 256
.Ltmp4256:
.Ltmp4257:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4258:
	if w3 == 0 goto LBB0_722
.Ltmp4259:
.Ltmp4260:
# %bb.721:
	#DEBUG_VALUE: i <- 360
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4261:
.Ltmp4262:
	w1 += 360
	w2 = w1
.Ltmp4263:
.Ltmp4264:
LBB0_722:
	#DEBUG_VALUE: i <- 360
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2527
.Ltmp4265:
.Ltmp4266:
	#DEBUG_VALUE: i <- 361
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4267:
	w3 = w2
	w3 &= 512
.Ltmp4268:
.Ltmp4269:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4270:
	if w3 == 0 goto LBB0_724
.Ltmp4271:
.Ltmp4272:
# %bb.723:
	#DEBUG_VALUE: i <- 361
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4273:
.Ltmp4274:
	w2 += 361
	w1 = w2
.Ltmp4275:
.Ltmp4276:
LBB0_724:
	#DEBUG_VALUE: i <- 361
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2534
.Ltmp4277:
.Ltmp4278:
	#DEBUG_VALUE: i <- 362
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4279:
	w3 = w1
	w3 &= 1024
.Ltmp4280:
.Ltmp4281:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4282:
	if w3 == 0 goto LBB0_726
.Ltmp4283:
.Ltmp4284:
# %bb.725:
	#DEBUG_VALUE: i <- 362
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4285:
.Ltmp4286:
	w1 += 362
	w2 = w1
.Ltmp4287:
.Ltmp4288:
LBB0_726:
	#DEBUG_VALUE: i <- 362
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2541
.Ltmp4289:
.Ltmp4290:
	#DEBUG_VALUE: i <- 363
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4291:
	w3 = w2
	w3 &= 2048
.Ltmp4292:
.Ltmp4293:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4294:
	if w3 == 0 goto LBB0_728
.Ltmp4295:
.Ltmp4296:
# %bb.727:
	#DEBUG_VALUE: i <- 363
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4297:
.Ltmp4298:
	w2 += 363
	w1 = w2
.Ltmp4299:
.Ltmp4300:
LBB0_728:
	#DEBUG_VALUE: i <- 363
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2548
.Ltmp4301:
.Ltmp4302:
	#DEBUG_VALUE: i <- 364
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4303:
	w3 = w1
	w3 &= 4096
.Ltmp4304:
.Ltmp4305:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4306:
	if w3 == 0 goto LBB0_730
.Ltmp4307:
.Ltmp4308:
# %bb.729:
	#DEBUG_VALUE: i <- 364
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4309:
.Ltmp4310:
	w1 += 364
	w2 = w1
.Ltmp4311:
.Ltmp4312:
LBB0_730:
	#DEBUG_VALUE: i <- 364
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2555
.Ltmp4313:
.Ltmp4314:
	#DEBUG_VALUE: i <- 365
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4315:
	w3 = w2
	w3 &= 8192
.Ltmp4316:
.Ltmp4317:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4318:
	if w3 == 0 goto LBB0_732
.Ltmp4319:
.Ltmp4320:
# %bb.731:
	#DEBUG_VALUE: i <- 365
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4321:
.Ltmp4322:
	w2 += 365
	w1 = w2
.Ltmp4323:
.Ltmp4324:
LBB0_732:
	#DEBUG_VALUE: i <- 365
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2562
.Ltmp4325:
.Ltmp4326:
	#DEBUG_VALUE: i <- 366
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4327:
	w3 = w1
	w3 &= 16384
.Ltmp4328:
.Ltmp4329:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4330:
	if w3 == 0 goto LBB0_734
.Ltmp4331:
.Ltmp4332:
# %bb.733:
	#DEBUG_VALUE: i <- 366
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4333:
.Ltmp4334:
	w1 += 366
	w2 = w1
.Ltmp4335:
.Ltmp4336:
LBB0_734:
	#DEBUG_VALUE: i <- 366
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2569
.Ltmp4337:
.Ltmp4338:
	#DEBUG_VALUE: i <- 367
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4339:
	w3 = w2
	w3 &= 32768
.Ltmp4340:
.Ltmp4341:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4342:
	if w3 == 0 goto LBB0_736
.Ltmp4343:
.Ltmp4344:
# %bb.735:
	#DEBUG_VALUE: i <- 367
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4345:
.Ltmp4346:
	w2 += 367
	w1 = w2
.Ltmp4347:
.Ltmp4348:
LBB0_736:
	#DEBUG_VALUE: i <- 367
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2576
.Ltmp4349:
.Ltmp4350:
	#DEBUG_VALUE: i <- 368
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4351:
	w3 = w1
	w3 &= 65536
.Ltmp4352:
.Ltmp4353:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4354:
	if w3 == 0 goto LBB0_738
.Ltmp4355:
.Ltmp4356:
# %bb.737:
	#DEBUG_VALUE: i <- 368
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4357:
.Ltmp4358:
	w1 += 368
	w2 = w1
.Ltmp4359:
.Ltmp4360:
LBB0_738:
	#DEBUG_VALUE: i <- 368
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2583
.Ltmp4361:
.Ltmp4362:
	#DEBUG_VALUE: i <- 369
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4363:
	w3 = w2
	w3 &= 131072
.Ltmp4364:
.Ltmp4365:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4366:
	if w3 == 0 goto LBB0_740
.Ltmp4367:
.Ltmp4368:
# %bb.739:
	#DEBUG_VALUE: i <- 369
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4369:
.Ltmp4370:
	w2 += 369
	w1 = w2
.Ltmp4371:
.Ltmp4372:
LBB0_740:
	#DEBUG_VALUE: i <- 369
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2590
.Ltmp4373:
.Ltmp4374:
	#DEBUG_VALUE: i <- 370
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4375:
	w3 = w1
	w3 &= 262144
.Ltmp4376:
.Ltmp4377:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4378:
	if w3 == 0 goto LBB0_742
.Ltmp4379:
.Ltmp4380:
# %bb.741:
	#DEBUG_VALUE: i <- 370
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4381:
.Ltmp4382:
	w1 += 370
	w2 = w1
.Ltmp4383:
.Ltmp4384:
LBB0_742:
	#DEBUG_VALUE: i <- 370
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2597
.Ltmp4385:
.Ltmp4386:
	#DEBUG_VALUE: i <- 371
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4387:
	w3 = w2
	w3 &= 524288
.Ltmp4388:
.Ltmp4389:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4390:
	if w3 == 0 goto LBB0_744
.Ltmp4391:
.Ltmp4392:
# %bb.743:
	#DEBUG_VALUE: i <- 371
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4393:
.Ltmp4394:
	w2 += 371
	w1 = w2
.Ltmp4395:
.Ltmp4396:
LBB0_744:
	#DEBUG_VALUE: i <- 371
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2604
.Ltmp4397:
.Ltmp4398:
	#DEBUG_VALUE: i <- 372
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4399:
	w3 = w1
	w3 &= 1048576
.Ltmp4400:
.Ltmp4401:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4402:
	if w3 == 0 goto LBB0_746
.Ltmp4403:
.Ltmp4404:
# %bb.745:
	#DEBUG_VALUE: i <- 372
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4405:
.Ltmp4406:
	w1 += 372
	w2 = w1
.Ltmp4407:
.Ltmp4408:
LBB0_746:
	#DEBUG_VALUE: i <- 372
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2611
.Ltmp4409:
.Ltmp4410:
	#DEBUG_VALUE: i <- 373
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4411:
	w3 = w2
	w3 &= 2097152
.Ltmp4412:
.Ltmp4413:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4414:
	if w3 == 0 goto LBB0_748
.Ltmp4415:
.Ltmp4416:
# %bb.747:
	#DEBUG_VALUE: i <- 373
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4417:
.Ltmp4418:
	w2 += 373
	w1 = w2
.Ltmp4419:
.Ltmp4420:
LBB0_748:
	#DEBUG_VALUE: i <- 373
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2618
.Ltmp4421:
.Ltmp4422:
	#DEBUG_VALUE: i <- 374
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4423:
	w3 = w1
	w3 &= 4194304
.Ltmp4424:
.Ltmp4425:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4426:
	if w3 == 0 goto LBB0_750
.Ltmp4427:
.Ltmp4428:
# %bb.749:
	#DEBUG_VALUE: i <- 374
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4429:
.Ltmp4430:
	w1 += 374
	w2 = w1
.Ltmp4431:
.Ltmp4432:
LBB0_750:
	#DEBUG_VALUE: i <- 374
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2625
.Ltmp4433:
.Ltmp4434:
	#DEBUG_VALUE: i <- 375
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4435:
	w3 = w2
	w3 &= 8388608
.Ltmp4436:
.Ltmp4437:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4438:
	if w3 == 0 goto LBB0_752
.Ltmp4439:
.Ltmp4440:
# %bb.751:
	#DEBUG_VALUE: i <- 375
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4441:
.Ltmp4442:
	w2 += 375
	w1 = w2
.Ltmp4443:
.Ltmp4444:
LBB0_752:
	#DEBUG_VALUE: i <- 375
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2632
.Ltmp4445:
.Ltmp4446:
	#DEBUG_VALUE: i <- 376
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4447:
	w3 = w1
	w3 &= 16777216
.Ltmp4448:
.Ltmp4449:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4450:
	if w3 == 0 goto LBB0_754
.Ltmp4451:
.Ltmp4452:
# %bb.753:
	#DEBUG_VALUE: i <- 376
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4453:
.Ltmp4454:
	w1 += 376
	w2 = w1
.Ltmp4455:
.Ltmp4456:
LBB0_754:
	#DEBUG_VALUE: i <- 376
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2639
.Ltmp4457:
.Ltmp4458:
	#DEBUG_VALUE: i <- 377
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4459:
	w3 = w2
	w3 &= 33554432
.Ltmp4460:
.Ltmp4461:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4462:
	if w3 == 0 goto LBB0_756
.Ltmp4463:
.Ltmp4464:
# %bb.755:
	#DEBUG_VALUE: i <- 377
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4465:
.Ltmp4466:
	w2 += 377
	w1 = w2
.Ltmp4467:
.Ltmp4468:
LBB0_756:
	#DEBUG_VALUE: i <- 377
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2646
.Ltmp4469:
.Ltmp4470:
	#DEBUG_VALUE: i <- 378
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4471:
	w3 = w1
	w3 &= 67108864
.Ltmp4472:
.Ltmp4473:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4474:
	if w3 == 0 goto LBB0_758
.Ltmp4475:
.Ltmp4476:
# %bb.757:
	#DEBUG_VALUE: i <- 378
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4477:
.Ltmp4478:
	w1 += 378
	w2 = w1
.Ltmp4479:
.Ltmp4480:
LBB0_758:
	#DEBUG_VALUE: i <- 378
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2653
.Ltmp4481:
.Ltmp4482:
	#DEBUG_VALUE: i <- 379
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4483:
	w3 = w2
	w3 &= 134217728
.Ltmp4484:
.Ltmp4485:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4486:
	if w3 == 0 goto LBB0_760
.Ltmp4487:
.Ltmp4488:
# %bb.759:
	#DEBUG_VALUE: i <- 379
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4489:
.Ltmp4490:
	w2 += 379
	w1 = w2
.Ltmp4491:
.Ltmp4492:
LBB0_760:
	#DEBUG_VALUE: i <- 379
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2660
.Ltmp4493:
.Ltmp4494:
	#DEBUG_VALUE: i <- 380
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4495:
	w3 = w1
	w3 &= 268435456
.Ltmp4496:
.Ltmp4497:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4498:
	if w3 == 0 goto LBB0_762
.Ltmp4499:
.Ltmp4500:
# %bb.761:
	#DEBUG_VALUE: i <- 380
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4501:
.Ltmp4502:
	w1 += 380
	w2 = w1
.Ltmp4503:
.Ltmp4504:
LBB0_762:
	#DEBUG_VALUE: i <- 380
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2667
.Ltmp4505:
.Ltmp4506:
	#DEBUG_VALUE: i <- 381
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4507:
	w3 = w2
	w3 &= 536870912
.Ltmp4508:
.Ltmp4509:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4510:
	if w3 == 0 goto LBB0_764
.Ltmp4511:
.Ltmp4512:
# %bb.763:
	#DEBUG_VALUE: i <- 381
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4513:
.Ltmp4514:
	w2 += 381
	w1 = w2
.Ltmp4515:
.Ltmp4516:
LBB0_764:
	#DEBUG_VALUE: i <- 381
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2674
.Ltmp4517:
.Ltmp4518:
	#DEBUG_VALUE: i <- 382
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4519:
	w3 = w1
	w3 &= 1073741824
.Ltmp4520:
.Ltmp4521:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4522:
	if w3 == 0 goto LBB0_766
.Ltmp4523:
.Ltmp4524:
# %bb.765:
	#DEBUG_VALUE: i <- 382
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4525:
.Ltmp4526:
	w1 += 382
	w2 = w1
.Ltmp4527:
.Ltmp4528:
LBB0_766:
	#DEBUG_VALUE: i <- 382
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 383
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 383
	if w2 s< 0 goto LBB0_768
.Ltmp4529:
.Ltmp4530:
# %bb.767:
	#DEBUG_VALUE: i <- 383
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 2681
.Ltmp4531:
.Ltmp4532:
	w1 = w2
.Ltmp4533:
.Ltmp4534:
LBB0_768:
	#DEBUG_VALUE: i <- 383
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2688
.Ltmp4535:
.Ltmp4536:
	#DEBUG_VALUE: i <- 384
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4537:
	w3 = w1
	w3 &= 1
.Ltmp4538:
.Ltmp4539:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4540:
	if w3 == 0 goto LBB0_770
.Ltmp4541:
.Ltmp4542:
# %bb.769:
	#DEBUG_VALUE: i <- 384
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4543:
.Ltmp4544:
	w1 += 384
	w2 = w1
.Ltmp4545:
.Ltmp4546:
LBB0_770:
	#DEBUG_VALUE: i <- 384
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2695
.Ltmp4547:
.Ltmp4548:
	#DEBUG_VALUE: i <- 385
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4549:
	w3 = w2
	w3 &= 2
.Ltmp4550:
.Ltmp4551:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4552:
	if w3 == 0 goto LBB0_772
.Ltmp4553:
.Ltmp4554:
# %bb.771:
	#DEBUG_VALUE: i <- 385
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4555:
.Ltmp4556:
	w2 += 385
	w1 = w2
.Ltmp4557:
.Ltmp4558:
LBB0_772:
	#DEBUG_VALUE: i <- 385
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2702
.Ltmp4559:
.Ltmp4560:
	#DEBUG_VALUE: i <- 386
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4561:
	w3 = w1
	w3 &= 4
.Ltmp4562:
.Ltmp4563:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4564:
	if w3 == 0 goto LBB0_774
.Ltmp4565:
.Ltmp4566:
# %bb.773:
	#DEBUG_VALUE: i <- 386
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4567:
.Ltmp4568:
	w1 += 386
	w2 = w1
.Ltmp4569:
.Ltmp4570:
LBB0_774:
	#DEBUG_VALUE: i <- 386
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2709
.Ltmp4571:
.Ltmp4572:
	#DEBUG_VALUE: i <- 387
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4573:
	w3 = w2
	w3 &= 8
.Ltmp4574:
.Ltmp4575:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4576:
	if w3 == 0 goto LBB0_776
.Ltmp4577:
.Ltmp4578:
# %bb.775:
	#DEBUG_VALUE: i <- 387
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4579:
.Ltmp4580:
	w2 += 387
	w1 = w2
.Ltmp4581:
.Ltmp4582:
LBB0_776:
	#DEBUG_VALUE: i <- 387
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2716
.Ltmp4583:
.Ltmp4584:
	#DEBUG_VALUE: i <- 388
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4585:
	w3 = w1
	w3 &= 16
.Ltmp4586:
.Ltmp4587:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4588:
	if w3 == 0 goto LBB0_778
.Ltmp4589:
.Ltmp4590:
# %bb.777:
	#DEBUG_VALUE: i <- 388
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4591:
.Ltmp4592:
	w1 += 388
	w2 = w1
.Ltmp4593:
.Ltmp4594:
LBB0_778:
	#DEBUG_VALUE: i <- 388
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2723
.Ltmp4595:
.Ltmp4596:
	#DEBUG_VALUE: i <- 389
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4597:
	w3 = w2
	w3 &= 32
.Ltmp4598:
.Ltmp4599:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4600:
	if w3 == 0 goto LBB0_780
.Ltmp4601:
.Ltmp4602:
# %bb.779:
	#DEBUG_VALUE: i <- 389
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4603:
.Ltmp4604:
	w2 += 389
	w1 = w2
.Ltmp4605:
.Ltmp4606:
LBB0_780:
	#DEBUG_VALUE: i <- 389
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2730
.Ltmp4607:
.Ltmp4608:
	#DEBUG_VALUE: i <- 390
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4609:
	w3 = w1
	w3 &= 64
.Ltmp4610:
.Ltmp4611:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4612:
	if w3 == 0 goto LBB0_782
.Ltmp4613:
.Ltmp4614:
# %bb.781:
	#DEBUG_VALUE: i <- 390
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4615:
.Ltmp4616:
	w1 += 390
	w2 = w1
.Ltmp4617:
.Ltmp4618:
LBB0_782:
	#DEBUG_VALUE: i <- 390
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2737
.Ltmp4619:
.Ltmp4620:
	#DEBUG_VALUE: i <- 391
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4621:
	w3 = w2
	w3 &= 128
.Ltmp4622:
.Ltmp4623:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4624:
	if w3 == 0 goto LBB0_784
.Ltmp4625:
.Ltmp4626:
# %bb.783:
	#DEBUG_VALUE: i <- 391
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4627:
.Ltmp4628:
	w2 += 391
	w1 = w2
.Ltmp4629:
.Ltmp4630:
LBB0_784:
	#DEBUG_VALUE: i <- 391
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2744
.Ltmp4631:
.Ltmp4632:
	#DEBUG_VALUE: i <- 392
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4633:
	w3 = w1
	w3 &= 256
.Ltmp4634:
.Ltmp4635:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4636:
	if w3 == 0 goto LBB0_786
.Ltmp4637:
.Ltmp4638:
# %bb.785:
	#DEBUG_VALUE: i <- 392
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4639:
.Ltmp4640:
	w1 += 392
	w2 = w1
.Ltmp4641:
.Ltmp4642:
LBB0_786:
	#DEBUG_VALUE: i <- 392
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2751
.Ltmp4643:
.Ltmp4644:
	#DEBUG_VALUE: i <- 393
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4645:
	w3 = w2
	w3 &= 512
.Ltmp4646:
.Ltmp4647:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4648:
	if w3 == 0 goto LBB0_788
.Ltmp4649:
.Ltmp4650:
# %bb.787:
	#DEBUG_VALUE: i <- 393
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4651:
.Ltmp4652:
	w2 += 393
	w1 = w2
.Ltmp4653:
.Ltmp4654:
LBB0_788:
	#DEBUG_VALUE: i <- 393
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2758
.Ltmp4655:
.Ltmp4656:
	#DEBUG_VALUE: i <- 394
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4657:
	w3 = w1
	w3 &= 1024
.Ltmp4658:
.Ltmp4659:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4660:
	if w3 == 0 goto LBB0_790
.Ltmp4661:
.Ltmp4662:
# %bb.789:
	#DEBUG_VALUE: i <- 394
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4663:
.Ltmp4664:
	w1 += 394
	w2 = w1
.Ltmp4665:
.Ltmp4666:
LBB0_790:
	#DEBUG_VALUE: i <- 394
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2765
.Ltmp4667:
.Ltmp4668:
	#DEBUG_VALUE: i <- 395
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4669:
	w3 = w2
	w3 &= 2048
.Ltmp4670:
.Ltmp4671:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4672:
	if w3 == 0 goto LBB0_792
.Ltmp4673:
.Ltmp4674:
# %bb.791:
	#DEBUG_VALUE: i <- 395
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4675:
.Ltmp4676:
	w2 += 395
	w1 = w2
.Ltmp4677:
.Ltmp4678:
LBB0_792:
	#DEBUG_VALUE: i <- 395
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2772
.Ltmp4679:
.Ltmp4680:
	#DEBUG_VALUE: i <- 396
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4681:
	w3 = w1
	w3 &= 4096
.Ltmp4682:
.Ltmp4683:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4684:
	if w3 == 0 goto LBB0_794
.Ltmp4685:
.Ltmp4686:
# %bb.793:
	#DEBUG_VALUE: i <- 396
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4687:
.Ltmp4688:
	w1 += 396
	w2 = w1
.Ltmp4689:
.Ltmp4690:
LBB0_794:
	#DEBUG_VALUE: i <- 396
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2779
.Ltmp4691:
.Ltmp4692:
	#DEBUG_VALUE: i <- 397
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4693:
	w3 = w2
	w3 &= 8192
.Ltmp4694:
.Ltmp4695:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4696:
	if w3 == 0 goto LBB0_796
.Ltmp4697:
.Ltmp4698:
# %bb.795:
	#DEBUG_VALUE: i <- 397
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4699:
.Ltmp4700:
	w2 += 397
	w1 = w2
.Ltmp4701:
.Ltmp4702:
LBB0_796:
	#DEBUG_VALUE: i <- 397
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2786
.Ltmp4703:
.Ltmp4704:
	#DEBUG_VALUE: i <- 398
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4705:
	w3 = w1
	w3 &= 16384
.Ltmp4706:
.Ltmp4707:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4708:
	if w3 == 0 goto LBB0_798
.Ltmp4709:
.Ltmp4710:
# %bb.797:
	#DEBUG_VALUE: i <- 398
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4711:
.Ltmp4712:
	w1 += 398
	w2 = w1
.Ltmp4713:
.Ltmp4714:
LBB0_798:
	#DEBUG_VALUE: i <- 398
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2793
.Ltmp4715:
.Ltmp4716:
	#DEBUG_VALUE: i <- 399
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4717:
	w3 = w2
	w3 &= 32768
.Ltmp4718:
.Ltmp4719:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4720:
	if w3 == 0 goto LBB0_800
.Ltmp4721:
.Ltmp4722:
# %bb.799:
	#DEBUG_VALUE: i <- 399
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4723:
.Ltmp4724:
	w2 += 399
	w1 = w2
.Ltmp4725:
.Ltmp4726:
LBB0_800:
	#DEBUG_VALUE: i <- 399
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2800
.Ltmp4727:
.Ltmp4728:
	#DEBUG_VALUE: i <- 400
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4729:
	w3 = w1
	w3 &= 65536
.Ltmp4730:
.Ltmp4731:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4732:
	if w3 == 0 goto LBB0_802
.Ltmp4733:
.Ltmp4734:
# %bb.801:
	#DEBUG_VALUE: i <- 400
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4735:
.Ltmp4736:
	w1 += 400
	w2 = w1
.Ltmp4737:
.Ltmp4738:
LBB0_802:
	#DEBUG_VALUE: i <- 400
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2807
.Ltmp4739:
.Ltmp4740:
	#DEBUG_VALUE: i <- 401
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4741:
	w3 = w2
	w3 &= 131072
.Ltmp4742:
.Ltmp4743:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4744:
	if w3 == 0 goto LBB0_804
.Ltmp4745:
.Ltmp4746:
# %bb.803:
	#DEBUG_VALUE: i <- 401
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4747:
.Ltmp4748:
	w2 += 401
	w1 = w2
.Ltmp4749:
.Ltmp4750:
LBB0_804:
	#DEBUG_VALUE: i <- 401
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2814
.Ltmp4751:
.Ltmp4752:
	#DEBUG_VALUE: i <- 402
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4753:
	w3 = w1
	w3 &= 262144
.Ltmp4754:
.Ltmp4755:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4756:
	if w3 == 0 goto LBB0_806
.Ltmp4757:
.Ltmp4758:
# %bb.805:
	#DEBUG_VALUE: i <- 402
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4759:
.Ltmp4760:
	w1 += 402
	w2 = w1
.Ltmp4761:
.Ltmp4762:
LBB0_806:
	#DEBUG_VALUE: i <- 402
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2821
.Ltmp4763:
.Ltmp4764:
	#DEBUG_VALUE: i <- 403
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4765:
	w3 = w2
	w3 &= 524288
.Ltmp4766:
.Ltmp4767:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4768:
	if w3 == 0 goto LBB0_808
.Ltmp4769:
.Ltmp4770:
# %bb.807:
	#DEBUG_VALUE: i <- 403
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4771:
.Ltmp4772:
	w2 += 403
	w1 = w2
.Ltmp4773:
.Ltmp4774:
LBB0_808:
	#DEBUG_VALUE: i <- 403
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2828
.Ltmp4775:
.Ltmp4776:
	#DEBUG_VALUE: i <- 404
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4777:
	w3 = w1
	w3 &= 1048576
.Ltmp4778:
.Ltmp4779:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4780:
	if w3 == 0 goto LBB0_810
.Ltmp4781:
.Ltmp4782:
# %bb.809:
	#DEBUG_VALUE: i <- 404
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4783:
.Ltmp4784:
	w1 += 404
	w2 = w1
.Ltmp4785:
.Ltmp4786:
LBB0_810:
	#DEBUG_VALUE: i <- 404
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2835
.Ltmp4787:
.Ltmp4788:
	#DEBUG_VALUE: i <- 405
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4789:
	w3 = w2
	w3 &= 2097152
.Ltmp4790:
.Ltmp4791:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4792:
	if w3 == 0 goto LBB0_812
.Ltmp4793:
.Ltmp4794:
# %bb.811:
	#DEBUG_VALUE: i <- 405
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4795:
.Ltmp4796:
	w2 += 405
	w1 = w2
.Ltmp4797:
.Ltmp4798:
LBB0_812:
	#DEBUG_VALUE: i <- 405
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2842
.Ltmp4799:
.Ltmp4800:
	#DEBUG_VALUE: i <- 406
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4801:
	w3 = w1
	w3 &= 4194304
.Ltmp4802:
.Ltmp4803:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4804:
	if w3 == 0 goto LBB0_814
.Ltmp4805:
.Ltmp4806:
# %bb.813:
	#DEBUG_VALUE: i <- 406
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4807:
.Ltmp4808:
	w1 += 406
	w2 = w1
.Ltmp4809:
.Ltmp4810:
LBB0_814:
	#DEBUG_VALUE: i <- 406
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2849
.Ltmp4811:
.Ltmp4812:
	#DEBUG_VALUE: i <- 407
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4813:
	w3 = w2
	w3 &= 8388608
.Ltmp4814:
.Ltmp4815:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4816:
	if w3 == 0 goto LBB0_816
.Ltmp4817:
.Ltmp4818:
# %bb.815:
	#DEBUG_VALUE: i <- 407
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4819:
.Ltmp4820:
	w2 += 407
	w1 = w2
.Ltmp4821:
.Ltmp4822:
LBB0_816:
	#DEBUG_VALUE: i <- 407
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2856
.Ltmp4823:
.Ltmp4824:
	#DEBUG_VALUE: i <- 408
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4825:
	w3 = w1
	w3 &= 16777216
.Ltmp4826:
.Ltmp4827:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4828:
	if w3 == 0 goto LBB0_818
.Ltmp4829:
.Ltmp4830:
# %bb.817:
	#DEBUG_VALUE: i <- 408
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4831:
.Ltmp4832:
	w1 += 408
	w2 = w1
.Ltmp4833:
.Ltmp4834:
LBB0_818:
	#DEBUG_VALUE: i <- 408
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2863
.Ltmp4835:
.Ltmp4836:
	#DEBUG_VALUE: i <- 409
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4837:
	w3 = w2
	w3 &= 33554432
.Ltmp4838:
.Ltmp4839:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4840:
	if w3 == 0 goto LBB0_820
.Ltmp4841:
.Ltmp4842:
# %bb.819:
	#DEBUG_VALUE: i <- 409
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4843:
.Ltmp4844:
	w2 += 409
	w1 = w2
.Ltmp4845:
.Ltmp4846:
LBB0_820:
	#DEBUG_VALUE: i <- 409
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2870
.Ltmp4847:
.Ltmp4848:
	#DEBUG_VALUE: i <- 410
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4849:
	w3 = w1
	w3 &= 67108864
.Ltmp4850:
.Ltmp4851:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4852:
	if w3 == 0 goto LBB0_822
.Ltmp4853:
.Ltmp4854:
# %bb.821:
	#DEBUG_VALUE: i <- 410
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4855:
.Ltmp4856:
	w1 += 410
	w2 = w1
.Ltmp4857:
.Ltmp4858:
LBB0_822:
	#DEBUG_VALUE: i <- 410
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2877
.Ltmp4859:
.Ltmp4860:
	#DEBUG_VALUE: i <- 411
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4861:
	w3 = w2
	w3 &= 134217728
.Ltmp4862:
.Ltmp4863:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4864:
	if w3 == 0 goto LBB0_824
.Ltmp4865:
.Ltmp4866:
# %bb.823:
	#DEBUG_VALUE: i <- 411
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4867:
.Ltmp4868:
	w2 += 411
	w1 = w2
.Ltmp4869:
.Ltmp4870:
LBB0_824:
	#DEBUG_VALUE: i <- 411
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2884
.Ltmp4871:
.Ltmp4872:
	#DEBUG_VALUE: i <- 412
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4873:
	w3 = w1
	w3 &= 268435456
.Ltmp4874:
.Ltmp4875:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4876:
	if w3 == 0 goto LBB0_826
.Ltmp4877:
.Ltmp4878:
# %bb.825:
	#DEBUG_VALUE: i <- 412
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4879:
.Ltmp4880:
	w1 += 412
	w2 = w1
.Ltmp4881:
.Ltmp4882:
LBB0_826:
	#DEBUG_VALUE: i <- 412
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2891
.Ltmp4883:
.Ltmp4884:
	#DEBUG_VALUE: i <- 413
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4885:
	w3 = w2
	w3 &= 536870912
.Ltmp4886:
.Ltmp4887:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4888:
	if w3 == 0 goto LBB0_828
.Ltmp4889:
.Ltmp4890:
# %bb.827:
	#DEBUG_VALUE: i <- 413
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4891:
.Ltmp4892:
	w2 += 413
	w1 = w2
.Ltmp4893:
.Ltmp4894:
LBB0_828:
	#DEBUG_VALUE: i <- 413
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2898
.Ltmp4895:
.Ltmp4896:
	#DEBUG_VALUE: i <- 414
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4897:
	w3 = w1
	w3 &= 1073741824
.Ltmp4898:
.Ltmp4899:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4900:
	if w3 == 0 goto LBB0_830
.Ltmp4901:
.Ltmp4902:
# %bb.829:
	#DEBUG_VALUE: i <- 414
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4903:
.Ltmp4904:
	w1 += 414
	w2 = w1
.Ltmp4905:
.Ltmp4906:
LBB0_830:
	#DEBUG_VALUE: i <- 414
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 415
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 415
	if w2 s< 0 goto LBB0_832
.Ltmp4907:
.Ltmp4908:
# %bb.831:
	#DEBUG_VALUE: i <- 415
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 2905
.Ltmp4909:
.Ltmp4910:
	w1 = w2
.Ltmp4911:
.Ltmp4912:
LBB0_832:
	#DEBUG_VALUE: i <- 415
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2912
.Ltmp4913:
.Ltmp4914:
	#DEBUG_VALUE: i <- 416
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4915:
	w3 = w1
	w3 &= 1
.Ltmp4916:
.Ltmp4917:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4918:
	if w3 == 0 goto LBB0_834
.Ltmp4919:
.Ltmp4920:
# %bb.833:
	#DEBUG_VALUE: i <- 416
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4921:
.Ltmp4922:
	w1 += 416
	w2 = w1
.Ltmp4923:
.Ltmp4924:
LBB0_834:
	#DEBUG_VALUE: i <- 416
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2919
.Ltmp4925:
.Ltmp4926:
	#DEBUG_VALUE: i <- 417
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4927:
	w3 = w2
	w3 &= 2
.Ltmp4928:
.Ltmp4929:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4930:
	if w3 == 0 goto LBB0_836
.Ltmp4931:
.Ltmp4932:
# %bb.835:
	#DEBUG_VALUE: i <- 417
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4933:
.Ltmp4934:
	w2 += 417
	w1 = w2
.Ltmp4935:
.Ltmp4936:
LBB0_836:
	#DEBUG_VALUE: i <- 417
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2926
.Ltmp4937:
.Ltmp4938:
	#DEBUG_VALUE: i <- 418
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4939:
	w3 = w1
	w3 &= 4
.Ltmp4940:
.Ltmp4941:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4942:
	if w3 == 0 goto LBB0_838
.Ltmp4943:
.Ltmp4944:
# %bb.837:
	#DEBUG_VALUE: i <- 418
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4945:
.Ltmp4946:
	w1 += 418
	w2 = w1
.Ltmp4947:
.Ltmp4948:
LBB0_838:
	#DEBUG_VALUE: i <- 418
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2933
.Ltmp4949:
.Ltmp4950:
	#DEBUG_VALUE: i <- 419
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4951:
	w3 = w2
	w3 &= 8
.Ltmp4952:
.Ltmp4953:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4954:
	if w3 == 0 goto LBB0_840
.Ltmp4955:
.Ltmp4956:
# %bb.839:
	#DEBUG_VALUE: i <- 419
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4957:
.Ltmp4958:
	w2 += 419
	w1 = w2
.Ltmp4959:
.Ltmp4960:
LBB0_840:
	#DEBUG_VALUE: i <- 419
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2940
.Ltmp4961:
.Ltmp4962:
	#DEBUG_VALUE: i <- 420
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4963:
	w3 = w1
	w3 &= 16
.Ltmp4964:
.Ltmp4965:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4966:
	if w3 == 0 goto LBB0_842
.Ltmp4967:
.Ltmp4968:
# %bb.841:
	#DEBUG_VALUE: i <- 420
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4969:
.Ltmp4970:
	w1 += 420
	w2 = w1
.Ltmp4971:
.Ltmp4972:
LBB0_842:
	#DEBUG_VALUE: i <- 420
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2947
.Ltmp4973:
.Ltmp4974:
	#DEBUG_VALUE: i <- 421
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4975:
	w3 = w2
	w3 &= 32
.Ltmp4976:
.Ltmp4977:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4978:
	if w3 == 0 goto LBB0_844
.Ltmp4979:
.Ltmp4980:
# %bb.843:
	#DEBUG_VALUE: i <- 421
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp4981:
.Ltmp4982:
	w2 += 421
	w1 = w2
.Ltmp4983:
.Ltmp4984:
LBB0_844:
	#DEBUG_VALUE: i <- 421
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2954
.Ltmp4985:
.Ltmp4986:
	#DEBUG_VALUE: i <- 422
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4987:
	w3 = w1
	w3 &= 64
.Ltmp4988:
.Ltmp4989:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp4990:
	if w3 == 0 goto LBB0_846
.Ltmp4991:
.Ltmp4992:
# %bb.845:
	#DEBUG_VALUE: i <- 422
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp4993:
.Ltmp4994:
	w1 += 422
	w2 = w1
.Ltmp4995:
.Ltmp4996:
LBB0_846:
	#DEBUG_VALUE: i <- 422
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2961
.Ltmp4997:
.Ltmp4998:
	#DEBUG_VALUE: i <- 423
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp4999:
	w3 = w2
	w3 &= 128
.Ltmp5000:
.Ltmp5001:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5002:
	if w3 == 0 goto LBB0_848
.Ltmp5003:
.Ltmp5004:
# %bb.847:
	#DEBUG_VALUE: i <- 423
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5005:
.Ltmp5006:
	w2 += 423
	w1 = w2
.Ltmp5007:
.Ltmp5008:
LBB0_848:
	#DEBUG_VALUE: i <- 423
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2968
.Ltmp5009:
.Ltmp5010:
	#DEBUG_VALUE: i <- 424
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5011:
	w3 = w1
	w3 &= 256
.Ltmp5012:
.Ltmp5013:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5014:
	if w3 == 0 goto LBB0_850
.Ltmp5015:
.Ltmp5016:
# %bb.849:
	#DEBUG_VALUE: i <- 424
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5017:
.Ltmp5018:
	w1 += 424
	w2 = w1
.Ltmp5019:
.Ltmp5020:
LBB0_850:
	#DEBUG_VALUE: i <- 424
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2975
.Ltmp5021:
.Ltmp5022:
	#DEBUG_VALUE: i <- 425
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5023:
	w3 = w2
	w3 &= 512
.Ltmp5024:
.Ltmp5025:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5026:
	if w3 == 0 goto LBB0_852
.Ltmp5027:
.Ltmp5028:
# %bb.851:
	#DEBUG_VALUE: i <- 425
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5029:
.Ltmp5030:
	w2 += 425
	w1 = w2
.Ltmp5031:
.Ltmp5032:
LBB0_852:
	#DEBUG_VALUE: i <- 425
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2982
.Ltmp5033:
.Ltmp5034:
	#DEBUG_VALUE: i <- 426
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5035:
	w3 = w1
	w3 &= 1024
.Ltmp5036:
.Ltmp5037:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5038:
	if w3 == 0 goto LBB0_854
.Ltmp5039:
.Ltmp5040:
# %bb.853:
	#DEBUG_VALUE: i <- 426
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5041:
.Ltmp5042:
	w1 += 426
	w2 = w1
.Ltmp5043:
.Ltmp5044:
LBB0_854:
	#DEBUG_VALUE: i <- 426
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 2989
.Ltmp5045:
.Ltmp5046:
	#DEBUG_VALUE: i <- 427
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5047:
	w3 = w2
	w3 &= 2048
.Ltmp5048:
.Ltmp5049:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5050:
	if w3 == 0 goto LBB0_856
.Ltmp5051:
.Ltmp5052:
# %bb.855:
	#DEBUG_VALUE: i <- 427
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5053:
.Ltmp5054:
	w2 += 427
	w1 = w2
.Ltmp5055:
.Ltmp5056:
LBB0_856:
	#DEBUG_VALUE: i <- 427
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 2996
.Ltmp5057:
.Ltmp5058:
	#DEBUG_VALUE: i <- 428
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5059:
	w3 = w1
	w3 &= 4096
.Ltmp5060:
.Ltmp5061:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5062:
	if w3 == 0 goto LBB0_858
.Ltmp5063:
.Ltmp5064:
# %bb.857:
	#DEBUG_VALUE: i <- 428
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5065:
.Ltmp5066:
	w1 += 428
	w2 = w1
.Ltmp5067:
.Ltmp5068:
LBB0_858:
	#DEBUG_VALUE: i <- 428
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3003
.Ltmp5069:
.Ltmp5070:
	#DEBUG_VALUE: i <- 429
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5071:
	w3 = w2
	w3 &= 8192
.Ltmp5072:
.Ltmp5073:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5074:
	if w3 == 0 goto LBB0_860
.Ltmp5075:
.Ltmp5076:
# %bb.859:
	#DEBUG_VALUE: i <- 429
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5077:
.Ltmp5078:
	w2 += 429
	w1 = w2
.Ltmp5079:
.Ltmp5080:
LBB0_860:
	#DEBUG_VALUE: i <- 429
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3010
.Ltmp5081:
.Ltmp5082:
	#DEBUG_VALUE: i <- 430
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5083:
	w3 = w1
	w3 &= 16384
.Ltmp5084:
.Ltmp5085:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5086:
	if w3 == 0 goto LBB0_862
.Ltmp5087:
.Ltmp5088:
# %bb.861:
	#DEBUG_VALUE: i <- 430
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5089:
.Ltmp5090:
	w1 += 430
	w2 = w1
.Ltmp5091:
.Ltmp5092:
LBB0_862:
	#DEBUG_VALUE: i <- 430
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3017
.Ltmp5093:
.Ltmp5094:
	#DEBUG_VALUE: i <- 431
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5095:
	w3 = w2
	w3 &= 32768
.Ltmp5096:
.Ltmp5097:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5098:
	if w3 == 0 goto LBB0_864
.Ltmp5099:
.Ltmp5100:
# %bb.863:
	#DEBUG_VALUE: i <- 431
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5101:
.Ltmp5102:
	w2 += 431
	w1 = w2
.Ltmp5103:
.Ltmp5104:
LBB0_864:
	#DEBUG_VALUE: i <- 431
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3024
.Ltmp5105:
.Ltmp5106:
	#DEBUG_VALUE: i <- 432
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5107:
	w3 = w1
	w3 &= 65536
.Ltmp5108:
.Ltmp5109:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5110:
	if w3 == 0 goto LBB0_866
.Ltmp5111:
.Ltmp5112:
# %bb.865:
	#DEBUG_VALUE: i <- 432
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5113:
.Ltmp5114:
	w1 += 432
	w2 = w1
.Ltmp5115:
.Ltmp5116:
LBB0_866:
	#DEBUG_VALUE: i <- 432
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3031
.Ltmp5117:
.Ltmp5118:
	#DEBUG_VALUE: i <- 433
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5119:
	w3 = w2
	w3 &= 131072
.Ltmp5120:
.Ltmp5121:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5122:
	if w3 == 0 goto LBB0_868
.Ltmp5123:
.Ltmp5124:
# %bb.867:
	#DEBUG_VALUE: i <- 433
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5125:
.Ltmp5126:
	w2 += 433
	w1 = w2
.Ltmp5127:
.Ltmp5128:
LBB0_868:
	#DEBUG_VALUE: i <- 433
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3038
.Ltmp5129:
.Ltmp5130:
	#DEBUG_VALUE: i <- 434
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5131:
	w3 = w1
	w3 &= 262144
.Ltmp5132:
.Ltmp5133:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5134:
	if w3 == 0 goto LBB0_870
.Ltmp5135:
.Ltmp5136:
# %bb.869:
	#DEBUG_VALUE: i <- 434
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5137:
.Ltmp5138:
	w1 += 434
	w2 = w1
.Ltmp5139:
.Ltmp5140:
LBB0_870:
	#DEBUG_VALUE: i <- 434
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3045
.Ltmp5141:
.Ltmp5142:
	#DEBUG_VALUE: i <- 435
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5143:
	w3 = w2
	w3 &= 524288
.Ltmp5144:
.Ltmp5145:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5146:
	if w3 == 0 goto LBB0_872
.Ltmp5147:
.Ltmp5148:
# %bb.871:
	#DEBUG_VALUE: i <- 435
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5149:
.Ltmp5150:
	w2 += 435
	w1 = w2
.Ltmp5151:
.Ltmp5152:
LBB0_872:
	#DEBUG_VALUE: i <- 435
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3052
.Ltmp5153:
.Ltmp5154:
	#DEBUG_VALUE: i <- 436
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5155:
	w3 = w1
	w3 &= 1048576
.Ltmp5156:
.Ltmp5157:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5158:
	if w3 == 0 goto LBB0_874
.Ltmp5159:
.Ltmp5160:
# %bb.873:
	#DEBUG_VALUE: i <- 436
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5161:
.Ltmp5162:
	w1 += 436
	w2 = w1
.Ltmp5163:
.Ltmp5164:
LBB0_874:
	#DEBUG_VALUE: i <- 436
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3059
.Ltmp5165:
.Ltmp5166:
	#DEBUG_VALUE: i <- 437
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5167:
	w3 = w2
	w3 &= 2097152
.Ltmp5168:
.Ltmp5169:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5170:
	if w3 == 0 goto LBB0_876
.Ltmp5171:
.Ltmp5172:
# %bb.875:
	#DEBUG_VALUE: i <- 437
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5173:
.Ltmp5174:
	w2 += 437
	w1 = w2
.Ltmp5175:
.Ltmp5176:
LBB0_876:
	#DEBUG_VALUE: i <- 437
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3066
.Ltmp5177:
.Ltmp5178:
	#DEBUG_VALUE: i <- 438
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5179:
	w3 = w1
	w3 &= 4194304
.Ltmp5180:
.Ltmp5181:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5182:
	if w3 == 0 goto LBB0_878
.Ltmp5183:
.Ltmp5184:
# %bb.877:
	#DEBUG_VALUE: i <- 438
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5185:
.Ltmp5186:
	w1 += 438
	w2 = w1
.Ltmp5187:
.Ltmp5188:
LBB0_878:
	#DEBUG_VALUE: i <- 438
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3073
.Ltmp5189:
.Ltmp5190:
	#DEBUG_VALUE: i <- 439
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5191:
	w3 = w2
	w3 &= 8388608
.Ltmp5192:
.Ltmp5193:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5194:
	if w3 == 0 goto LBB0_880
.Ltmp5195:
.Ltmp5196:
# %bb.879:
	#DEBUG_VALUE: i <- 439
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5197:
.Ltmp5198:
	w2 += 439
	w1 = w2
.Ltmp5199:
.Ltmp5200:
LBB0_880:
	#DEBUG_VALUE: i <- 439
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3080
.Ltmp5201:
.Ltmp5202:
	#DEBUG_VALUE: i <- 440
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5203:
	w3 = w1
	w3 &= 16777216
.Ltmp5204:
.Ltmp5205:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5206:
	if w3 == 0 goto LBB0_882
.Ltmp5207:
.Ltmp5208:
# %bb.881:
	#DEBUG_VALUE: i <- 440
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5209:
.Ltmp5210:
	w1 += 440
	w2 = w1
.Ltmp5211:
.Ltmp5212:
LBB0_882:
	#DEBUG_VALUE: i <- 440
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3087
.Ltmp5213:
.Ltmp5214:
	#DEBUG_VALUE: i <- 441
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5215:
	w3 = w2
	w3 &= 33554432
.Ltmp5216:
.Ltmp5217:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5218:
	if w3 == 0 goto LBB0_884
.Ltmp5219:
.Ltmp5220:
# %bb.883:
	#DEBUG_VALUE: i <- 441
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5221:
.Ltmp5222:
	w2 += 441
	w1 = w2
.Ltmp5223:
.Ltmp5224:
LBB0_884:
	#DEBUG_VALUE: i <- 441
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3094
.Ltmp5225:
.Ltmp5226:
	#DEBUG_VALUE: i <- 442
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5227:
	w3 = w1
	w3 &= 67108864
.Ltmp5228:
.Ltmp5229:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5230:
	if w3 == 0 goto LBB0_886
.Ltmp5231:
.Ltmp5232:
# %bb.885:
	#DEBUG_VALUE: i <- 442
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5233:
.Ltmp5234:
	w1 += 442
	w2 = w1
.Ltmp5235:
.Ltmp5236:
LBB0_886:
	#DEBUG_VALUE: i <- 442
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3101
.Ltmp5237:
.Ltmp5238:
	#DEBUG_VALUE: i <- 443
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5239:
	w3 = w2
	w3 &= 134217728
.Ltmp5240:
.Ltmp5241:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5242:
	if w3 == 0 goto LBB0_888
.Ltmp5243:
.Ltmp5244:
# %bb.887:
	#DEBUG_VALUE: i <- 443
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5245:
.Ltmp5246:
	w2 += 443
	w1 = w2
.Ltmp5247:
.Ltmp5248:
LBB0_888:
	#DEBUG_VALUE: i <- 443
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3108
.Ltmp5249:
.Ltmp5250:
	#DEBUG_VALUE: i <- 444
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5251:
	w3 = w1
	w3 &= 268435456
.Ltmp5252:
.Ltmp5253:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5254:
	if w3 == 0 goto LBB0_890
.Ltmp5255:
.Ltmp5256:
# %bb.889:
	#DEBUG_VALUE: i <- 444
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5257:
.Ltmp5258:
	w1 += 444
	w2 = w1
.Ltmp5259:
.Ltmp5260:
LBB0_890:
	#DEBUG_VALUE: i <- 444
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3115
.Ltmp5261:
.Ltmp5262:
	#DEBUG_VALUE: i <- 445
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5263:
	w3 = w2
	w3 &= 536870912
.Ltmp5264:
.Ltmp5265:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5266:
	if w3 == 0 goto LBB0_892
.Ltmp5267:
.Ltmp5268:
# %bb.891:
	#DEBUG_VALUE: i <- 445
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5269:
.Ltmp5270:
	w2 += 445
	w1 = w2
.Ltmp5271:
.Ltmp5272:
LBB0_892:
	#DEBUG_VALUE: i <- 445
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3122
.Ltmp5273:
.Ltmp5274:
	#DEBUG_VALUE: i <- 446
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5275:
	w3 = w1
	w3 &= 1073741824
.Ltmp5276:
.Ltmp5277:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5278:
	if w3 == 0 goto LBB0_894
.Ltmp5279:
.Ltmp5280:
# %bb.893:
	#DEBUG_VALUE: i <- 446
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5281:
.Ltmp5282:
	w1 += 446
	w2 = w1
.Ltmp5283:
.Ltmp5284:
LBB0_894:
	#DEBUG_VALUE: i <- 446
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 447
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 447
	if w2 s< 0 goto LBB0_896
.Ltmp5285:
.Ltmp5286:
# %bb.895:
	#DEBUG_VALUE: i <- 447
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 3129
.Ltmp5287:
.Ltmp5288:
	w1 = w2
.Ltmp5289:
.Ltmp5290:
LBB0_896:
	#DEBUG_VALUE: i <- 447
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3136
.Ltmp5291:
.Ltmp5292:
	#DEBUG_VALUE: i <- 448
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5293:
	w3 = w1
	w3 &= 1
.Ltmp5294:
.Ltmp5295:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5296:
	if w3 == 0 goto LBB0_898
.Ltmp5297:
.Ltmp5298:
# %bb.897:
	#DEBUG_VALUE: i <- 448
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5299:
.Ltmp5300:
	w1 += 448
	w2 = w1
.Ltmp5301:
.Ltmp5302:
LBB0_898:
	#DEBUG_VALUE: i <- 448
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3143
.Ltmp5303:
.Ltmp5304:
	#DEBUG_VALUE: i <- 449
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5305:
	w3 = w2
	w3 &= 2
.Ltmp5306:
.Ltmp5307:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5308:
	if w3 == 0 goto LBB0_900
.Ltmp5309:
.Ltmp5310:
# %bb.899:
	#DEBUG_VALUE: i <- 449
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5311:
.Ltmp5312:
	w2 += 449
	w1 = w2
.Ltmp5313:
.Ltmp5314:
LBB0_900:
	#DEBUG_VALUE: i <- 449
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3150
.Ltmp5315:
.Ltmp5316:
	#DEBUG_VALUE: i <- 450
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5317:
	w3 = w1
	w3 &= 4
.Ltmp5318:
.Ltmp5319:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5320:
	if w3 == 0 goto LBB0_902
.Ltmp5321:
.Ltmp5322:
# %bb.901:
	#DEBUG_VALUE: i <- 450
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5323:
.Ltmp5324:
	w1 += 450
	w2 = w1
.Ltmp5325:
.Ltmp5326:
LBB0_902:
	#DEBUG_VALUE: i <- 450
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3157
.Ltmp5327:
.Ltmp5328:
	#DEBUG_VALUE: i <- 451
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5329:
	w3 = w2
	w3 &= 8
.Ltmp5330:
.Ltmp5331:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5332:
	if w3 == 0 goto LBB0_904
.Ltmp5333:
.Ltmp5334:
# %bb.903:
	#DEBUG_VALUE: i <- 451
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5335:
.Ltmp5336:
	w2 += 451
	w1 = w2
.Ltmp5337:
.Ltmp5338:
LBB0_904:
	#DEBUG_VALUE: i <- 451
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3164
.Ltmp5339:
.Ltmp5340:
	#DEBUG_VALUE: i <- 452
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5341:
	w3 = w1
	w3 &= 16
.Ltmp5342:
.Ltmp5343:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5344:
	if w3 == 0 goto LBB0_906
.Ltmp5345:
.Ltmp5346:
# %bb.905:
	#DEBUG_VALUE: i <- 452
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5347:
.Ltmp5348:
	w1 += 452
	w2 = w1
.Ltmp5349:
.Ltmp5350:
LBB0_906:
	#DEBUG_VALUE: i <- 452
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3171
.Ltmp5351:
.Ltmp5352:
	#DEBUG_VALUE: i <- 453
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5353:
	w3 = w2
	w3 &= 32
.Ltmp5354:
.Ltmp5355:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5356:
	if w3 == 0 goto LBB0_908
.Ltmp5357:
.Ltmp5358:
# %bb.907:
	#DEBUG_VALUE: i <- 453
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5359:
.Ltmp5360:
	w2 += 453
	w1 = w2
.Ltmp5361:
.Ltmp5362:
LBB0_908:
	#DEBUG_VALUE: i <- 453
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3178
.Ltmp5363:
.Ltmp5364:
	#DEBUG_VALUE: i <- 454
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5365:
	w3 = w1
	w3 &= 64
.Ltmp5366:
.Ltmp5367:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5368:
	if w3 == 0 goto LBB0_910
.Ltmp5369:
.Ltmp5370:
# %bb.909:
	#DEBUG_VALUE: i <- 454
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5371:
.Ltmp5372:
	w1 += 454
	w2 = w1
.Ltmp5373:
.Ltmp5374:
LBB0_910:
	#DEBUG_VALUE: i <- 454
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3185
.Ltmp5375:
.Ltmp5376:
	#DEBUG_VALUE: i <- 455
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5377:
	w3 = w2
	w3 &= 128
.Ltmp5378:
.Ltmp5379:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5380:
	if w3 == 0 goto LBB0_912
.Ltmp5381:
.Ltmp5382:
# %bb.911:
	#DEBUG_VALUE: i <- 455
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5383:
.Ltmp5384:
	w2 += 455
	w1 = w2
.Ltmp5385:
.Ltmp5386:
LBB0_912:
	#DEBUG_VALUE: i <- 455
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3192
.Ltmp5387:
.Ltmp5388:
	#DEBUG_VALUE: i <- 456
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5389:
	w3 = w1
	w3 &= 256
.Ltmp5390:
.Ltmp5391:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5392:
	if w3 == 0 goto LBB0_914
.Ltmp5393:
.Ltmp5394:
# %bb.913:
	#DEBUG_VALUE: i <- 456
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5395:
.Ltmp5396:
	w1 += 456
	w2 = w1
.Ltmp5397:
.Ltmp5398:
LBB0_914:
	#DEBUG_VALUE: i <- 456
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3199
.Ltmp5399:
.Ltmp5400:
	#DEBUG_VALUE: i <- 457
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5401:
	w3 = w2
	w3 &= 512
.Ltmp5402:
.Ltmp5403:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5404:
	if w3 == 0 goto LBB0_916
.Ltmp5405:
.Ltmp5406:
# %bb.915:
	#DEBUG_VALUE: i <- 457
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5407:
.Ltmp5408:
	w2 += 457
	w1 = w2
.Ltmp5409:
.Ltmp5410:
LBB0_916:
	#DEBUG_VALUE: i <- 457
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3206
.Ltmp5411:
.Ltmp5412:
	#DEBUG_VALUE: i <- 458
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5413:
	w3 = w1
	w3 &= 1024
.Ltmp5414:
.Ltmp5415:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5416:
	if w3 == 0 goto LBB0_918
.Ltmp5417:
.Ltmp5418:
# %bb.917:
	#DEBUG_VALUE: i <- 458
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5419:
.Ltmp5420:
	w1 += 458
	w2 = w1
.Ltmp5421:
.Ltmp5422:
LBB0_918:
	#DEBUG_VALUE: i <- 458
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3213
.Ltmp5423:
.Ltmp5424:
	#DEBUG_VALUE: i <- 459
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5425:
	w3 = w2
	w3 &= 2048
.Ltmp5426:
.Ltmp5427:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5428:
	if w3 == 0 goto LBB0_920
.Ltmp5429:
.Ltmp5430:
# %bb.919:
	#DEBUG_VALUE: i <- 459
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5431:
.Ltmp5432:
	w2 += 459
	w1 = w2
.Ltmp5433:
.Ltmp5434:
LBB0_920:
	#DEBUG_VALUE: i <- 459
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3220
.Ltmp5435:
.Ltmp5436:
	#DEBUG_VALUE: i <- 460
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5437:
	w3 = w1
	w3 &= 4096
.Ltmp5438:
.Ltmp5439:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5440:
	if w3 == 0 goto LBB0_922
.Ltmp5441:
.Ltmp5442:
# %bb.921:
	#DEBUG_VALUE: i <- 460
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5443:
.Ltmp5444:
	w1 += 460
	w2 = w1
.Ltmp5445:
.Ltmp5446:
LBB0_922:
	#DEBUG_VALUE: i <- 460
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3227
.Ltmp5447:
.Ltmp5448:
	#DEBUG_VALUE: i <- 461
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5449:
	w3 = w2
	w3 &= 8192
.Ltmp5450:
.Ltmp5451:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5452:
	if w3 == 0 goto LBB0_924
.Ltmp5453:
.Ltmp5454:
# %bb.923:
	#DEBUG_VALUE: i <- 461
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5455:
.Ltmp5456:
	w2 += 461
	w1 = w2
.Ltmp5457:
.Ltmp5458:
LBB0_924:
	#DEBUG_VALUE: i <- 461
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3234
.Ltmp5459:
.Ltmp5460:
	#DEBUG_VALUE: i <- 462
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5461:
	w3 = w1
	w3 &= 16384
.Ltmp5462:
.Ltmp5463:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5464:
	if w3 == 0 goto LBB0_926
.Ltmp5465:
.Ltmp5466:
# %bb.925:
	#DEBUG_VALUE: i <- 462
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5467:
.Ltmp5468:
	w1 += 462
	w2 = w1
.Ltmp5469:
.Ltmp5470:
LBB0_926:
	#DEBUG_VALUE: i <- 462
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3241
.Ltmp5471:
.Ltmp5472:
	#DEBUG_VALUE: i <- 463
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5473:
	w3 = w2
	w3 &= 32768
.Ltmp5474:
.Ltmp5475:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5476:
	if w3 == 0 goto LBB0_928
.Ltmp5477:
.Ltmp5478:
# %bb.927:
	#DEBUG_VALUE: i <- 463
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5479:
.Ltmp5480:
	w2 += 463
	w1 = w2
.Ltmp5481:
.Ltmp5482:
LBB0_928:
	#DEBUG_VALUE: i <- 463
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3248
.Ltmp5483:
.Ltmp5484:
	#DEBUG_VALUE: i <- 464
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5485:
	w3 = w1
	w3 &= 65536
.Ltmp5486:
.Ltmp5487:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5488:
	if w3 == 0 goto LBB0_930
.Ltmp5489:
.Ltmp5490:
# %bb.929:
	#DEBUG_VALUE: i <- 464
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5491:
.Ltmp5492:
	w1 += 464
	w2 = w1
.Ltmp5493:
.Ltmp5494:
LBB0_930:
	#DEBUG_VALUE: i <- 464
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3255
.Ltmp5495:
.Ltmp5496:
	#DEBUG_VALUE: i <- 465
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5497:
	w3 = w2
	w3 &= 131072
.Ltmp5498:
.Ltmp5499:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5500:
	if w3 == 0 goto LBB0_932
.Ltmp5501:
.Ltmp5502:
# %bb.931:
	#DEBUG_VALUE: i <- 465
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5503:
.Ltmp5504:
	w2 += 465
	w1 = w2
.Ltmp5505:
.Ltmp5506:
LBB0_932:
	#DEBUG_VALUE: i <- 465
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3262
.Ltmp5507:
.Ltmp5508:
	#DEBUG_VALUE: i <- 466
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5509:
	w3 = w1
	w3 &= 262144
.Ltmp5510:
.Ltmp5511:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5512:
	if w3 == 0 goto LBB0_934
.Ltmp5513:
.Ltmp5514:
# %bb.933:
	#DEBUG_VALUE: i <- 466
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5515:
.Ltmp5516:
	w1 += 466
	w2 = w1
.Ltmp5517:
.Ltmp5518:
LBB0_934:
	#DEBUG_VALUE: i <- 466
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3269
.Ltmp5519:
.Ltmp5520:
	#DEBUG_VALUE: i <- 467
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5521:
	w3 = w2
	w3 &= 524288
.Ltmp5522:
.Ltmp5523:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5524:
	if w3 == 0 goto LBB0_936
.Ltmp5525:
.Ltmp5526:
# %bb.935:
	#DEBUG_VALUE: i <- 467
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5527:
.Ltmp5528:
	w2 += 467
	w1 = w2
.Ltmp5529:
.Ltmp5530:
LBB0_936:
	#DEBUG_VALUE: i <- 467
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3276
.Ltmp5531:
.Ltmp5532:
	#DEBUG_VALUE: i <- 468
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5533:
	w3 = w1
	w3 &= 1048576
.Ltmp5534:
.Ltmp5535:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5536:
	if w3 == 0 goto LBB0_938
.Ltmp5537:
.Ltmp5538:
# %bb.937:
	#DEBUG_VALUE: i <- 468
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5539:
.Ltmp5540:
	w1 += 468
	w2 = w1
.Ltmp5541:
.Ltmp5542:
LBB0_938:
	#DEBUG_VALUE: i <- 468
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3283
.Ltmp5543:
.Ltmp5544:
	#DEBUG_VALUE: i <- 469
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5545:
	w3 = w2
	w3 &= 2097152
.Ltmp5546:
.Ltmp5547:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5548:
	if w3 == 0 goto LBB0_940
.Ltmp5549:
.Ltmp5550:
# %bb.939:
	#DEBUG_VALUE: i <- 469
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5551:
.Ltmp5552:
	w2 += 469
	w1 = w2
.Ltmp5553:
.Ltmp5554:
LBB0_940:
	#DEBUG_VALUE: i <- 469
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3290
.Ltmp5555:
.Ltmp5556:
	#DEBUG_VALUE: i <- 470
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5557:
	w3 = w1
	w3 &= 4194304
.Ltmp5558:
.Ltmp5559:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5560:
	if w3 == 0 goto LBB0_942
.Ltmp5561:
.Ltmp5562:
# %bb.941:
	#DEBUG_VALUE: i <- 470
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5563:
.Ltmp5564:
	w1 += 470
	w2 = w1
.Ltmp5565:
.Ltmp5566:
LBB0_942:
	#DEBUG_VALUE: i <- 470
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3297
.Ltmp5567:
.Ltmp5568:
	#DEBUG_VALUE: i <- 471
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5569:
	w3 = w2
	w3 &= 8388608
.Ltmp5570:
.Ltmp5571:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5572:
	if w3 == 0 goto LBB0_944
.Ltmp5573:
.Ltmp5574:
# %bb.943:
	#DEBUG_VALUE: i <- 471
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5575:
.Ltmp5576:
	w2 += 471
	w1 = w2
.Ltmp5577:
.Ltmp5578:
LBB0_944:
	#DEBUG_VALUE: i <- 471
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3304
.Ltmp5579:
.Ltmp5580:
	#DEBUG_VALUE: i <- 472
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5581:
	w3 = w1
	w3 &= 16777216
.Ltmp5582:
.Ltmp5583:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5584:
	if w3 == 0 goto LBB0_946
.Ltmp5585:
.Ltmp5586:
# %bb.945:
	#DEBUG_VALUE: i <- 472
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5587:
.Ltmp5588:
	w1 += 472
	w2 = w1
.Ltmp5589:
.Ltmp5590:
LBB0_946:
	#DEBUG_VALUE: i <- 472
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3311
.Ltmp5591:
.Ltmp5592:
	#DEBUG_VALUE: i <- 473
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5593:
	w3 = w2
	w3 &= 33554432
.Ltmp5594:
.Ltmp5595:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5596:
	if w3 == 0 goto LBB0_948
.Ltmp5597:
.Ltmp5598:
# %bb.947:
	#DEBUG_VALUE: i <- 473
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5599:
.Ltmp5600:
	w2 += 473
	w1 = w2
.Ltmp5601:
.Ltmp5602:
LBB0_948:
	#DEBUG_VALUE: i <- 473
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3318
.Ltmp5603:
.Ltmp5604:
	#DEBUG_VALUE: i <- 474
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5605:
	w3 = w1
	w3 &= 67108864
.Ltmp5606:
.Ltmp5607:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5608:
	if w3 == 0 goto LBB0_950
.Ltmp5609:
.Ltmp5610:
# %bb.949:
	#DEBUG_VALUE: i <- 474
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5611:
.Ltmp5612:
	w1 += 474
	w2 = w1
.Ltmp5613:
.Ltmp5614:
LBB0_950:
	#DEBUG_VALUE: i <- 474
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3325
.Ltmp5615:
.Ltmp5616:
	#DEBUG_VALUE: i <- 475
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5617:
	w3 = w2
	w3 &= 134217728
.Ltmp5618:
.Ltmp5619:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5620:
	if w3 == 0 goto LBB0_952
.Ltmp5621:
.Ltmp5622:
# %bb.951:
	#DEBUG_VALUE: i <- 475
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5623:
.Ltmp5624:
	w2 += 475
	w1 = w2
.Ltmp5625:
.Ltmp5626:
LBB0_952:
	#DEBUG_VALUE: i <- 475
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3332
.Ltmp5627:
.Ltmp5628:
	#DEBUG_VALUE: i <- 476
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5629:
	w3 = w1
	w3 &= 268435456
.Ltmp5630:
.Ltmp5631:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5632:
	if w3 == 0 goto LBB0_954
.Ltmp5633:
.Ltmp5634:
# %bb.953:
	#DEBUG_VALUE: i <- 476
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5635:
.Ltmp5636:
	w1 += 476
	w2 = w1
.Ltmp5637:
.Ltmp5638:
LBB0_954:
	#DEBUG_VALUE: i <- 476
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3339
.Ltmp5639:
.Ltmp5640:
	#DEBUG_VALUE: i <- 477
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5641:
	w3 = w2
	w3 &= 536870912
.Ltmp5642:
.Ltmp5643:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5644:
	if w3 == 0 goto LBB0_956
.Ltmp5645:
.Ltmp5646:
# %bb.955:
	#DEBUG_VALUE: i <- 477
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5647:
.Ltmp5648:
	w2 += 477
	w1 = w2
.Ltmp5649:
.Ltmp5650:
LBB0_956:
	#DEBUG_VALUE: i <- 477
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3346
.Ltmp5651:
.Ltmp5652:
	#DEBUG_VALUE: i <- 478
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5653:
	w3 = w1
	w3 &= 1073741824
.Ltmp5654:
.Ltmp5655:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5656:
	if w3 == 0 goto LBB0_958
.Ltmp5657:
.Ltmp5658:
# %bb.957:
	#DEBUG_VALUE: i <- 478
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5659:
.Ltmp5660:
	w1 += 478
	w2 = w1
.Ltmp5661:
.Ltmp5662:
LBB0_958:
	#DEBUG_VALUE: i <- 478
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 479
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 479
	if w2 s< 0 goto LBB0_960
.Ltmp5663:
.Ltmp5664:
# %bb.959:
	#DEBUG_VALUE: i <- 479
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 3353
.Ltmp5665:
.Ltmp5666:
	w1 = w2
.Ltmp5667:
.Ltmp5668:
LBB0_960:
	#DEBUG_VALUE: i <- 479
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3360
.Ltmp5669:
.Ltmp5670:
	#DEBUG_VALUE: i <- 480
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5671:
	w3 = w1
	w3 &= 1
.Ltmp5672:
.Ltmp5673:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5674:
	if w3 == 0 goto LBB0_962
.Ltmp5675:
.Ltmp5676:
# %bb.961:
	#DEBUG_VALUE: i <- 480
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5677:
.Ltmp5678:
	w1 += 480
	w2 = w1
.Ltmp5679:
.Ltmp5680:
LBB0_962:
	#DEBUG_VALUE: i <- 480
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3367
.Ltmp5681:
.Ltmp5682:
	#DEBUG_VALUE: i <- 481
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5683:
	w3 = w2
	w3 &= 2
.Ltmp5684:
.Ltmp5685:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5686:
	if w3 == 0 goto LBB0_964
.Ltmp5687:
.Ltmp5688:
# %bb.963:
	#DEBUG_VALUE: i <- 481
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5689:
.Ltmp5690:
	w2 += 481
	w1 = w2
.Ltmp5691:
.Ltmp5692:
LBB0_964:
	#DEBUG_VALUE: i <- 481
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3374
.Ltmp5693:
.Ltmp5694:
	#DEBUG_VALUE: i <- 482
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5695:
	w3 = w1
	w3 &= 4
.Ltmp5696:
.Ltmp5697:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5698:
	if w3 == 0 goto LBB0_966
.Ltmp5699:
.Ltmp5700:
# %bb.965:
	#DEBUG_VALUE: i <- 482
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5701:
.Ltmp5702:
	w1 += 482
	w2 = w1
.Ltmp5703:
.Ltmp5704:
LBB0_966:
	#DEBUG_VALUE: i <- 482
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3381
.Ltmp5705:
.Ltmp5706:
	#DEBUG_VALUE: i <- 483
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5707:
	w3 = w2
	w3 &= 8
.Ltmp5708:
.Ltmp5709:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5710:
	if w3 == 0 goto LBB0_968
.Ltmp5711:
.Ltmp5712:
# %bb.967:
	#DEBUG_VALUE: i <- 483
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5713:
.Ltmp5714:
	w2 += 483
	w1 = w2
.Ltmp5715:
.Ltmp5716:
LBB0_968:
	#DEBUG_VALUE: i <- 483
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3388
.Ltmp5717:
.Ltmp5718:
	#DEBUG_VALUE: i <- 484
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5719:
	w3 = w1
	w3 &= 16
.Ltmp5720:
.Ltmp5721:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5722:
	if w3 == 0 goto LBB0_970
.Ltmp5723:
.Ltmp5724:
# %bb.969:
	#DEBUG_VALUE: i <- 484
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5725:
.Ltmp5726:
	w1 += 484
	w2 = w1
.Ltmp5727:
.Ltmp5728:
LBB0_970:
	#DEBUG_VALUE: i <- 484
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3395
.Ltmp5729:
.Ltmp5730:
	#DEBUG_VALUE: i <- 485
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5731:
	w3 = w2
	w3 &= 32
.Ltmp5732:
.Ltmp5733:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5734:
	if w3 == 0 goto LBB0_972
.Ltmp5735:
.Ltmp5736:
# %bb.971:
	#DEBUG_VALUE: i <- 485
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5737:
.Ltmp5738:
	w2 += 485
	w1 = w2
.Ltmp5739:
.Ltmp5740:
LBB0_972:
	#DEBUG_VALUE: i <- 485
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3402
.Ltmp5741:
.Ltmp5742:
	#DEBUG_VALUE: i <- 486
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5743:
	w3 = w1
	w3 &= 64
.Ltmp5744:
.Ltmp5745:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5746:
	if w3 == 0 goto LBB0_974
.Ltmp5747:
.Ltmp5748:
# %bb.973:
	#DEBUG_VALUE: i <- 486
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5749:
.Ltmp5750:
	w1 += 486
	w2 = w1
.Ltmp5751:
.Ltmp5752:
LBB0_974:
	#DEBUG_VALUE: i <- 486
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3409
.Ltmp5753:
.Ltmp5754:
	#DEBUG_VALUE: i <- 487
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5755:
	w3 = w2
	w3 &= 128
.Ltmp5756:
.Ltmp5757:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5758:
	if w3 == 0 goto LBB0_976
.Ltmp5759:
.Ltmp5760:
# %bb.975:
	#DEBUG_VALUE: i <- 487
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5761:
.Ltmp5762:
	w2 += 487
	w1 = w2
.Ltmp5763:
.Ltmp5764:
LBB0_976:
	#DEBUG_VALUE: i <- 487
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3416
.Ltmp5765:
.Ltmp5766:
	#DEBUG_VALUE: i <- 488
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5767:
	w3 = w1
	w3 &= 256
.Ltmp5768:
.Ltmp5769:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5770:
	if w3 == 0 goto LBB0_978
.Ltmp5771:
.Ltmp5772:
# %bb.977:
	#DEBUG_VALUE: i <- 488
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5773:
.Ltmp5774:
	w1 += 488
	w2 = w1
.Ltmp5775:
.Ltmp5776:
LBB0_978:
	#DEBUG_VALUE: i <- 488
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3423
.Ltmp5777:
.Ltmp5778:
	#DEBUG_VALUE: i <- 489
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5779:
	w3 = w2
	w3 &= 512
.Ltmp5780:
.Ltmp5781:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5782:
	if w3 == 0 goto LBB0_980
.Ltmp5783:
.Ltmp5784:
# %bb.979:
	#DEBUG_VALUE: i <- 489
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5785:
.Ltmp5786:
	w2 += 489
	w1 = w2
.Ltmp5787:
.Ltmp5788:
LBB0_980:
	#DEBUG_VALUE: i <- 489
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3430
.Ltmp5789:
.Ltmp5790:
	#DEBUG_VALUE: i <- 490
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5791:
	w3 = w1
	w3 &= 1024
.Ltmp5792:
.Ltmp5793:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5794:
	if w3 == 0 goto LBB0_982
.Ltmp5795:
.Ltmp5796:
# %bb.981:
	#DEBUG_VALUE: i <- 490
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5797:
.Ltmp5798:
	w1 += 490
	w2 = w1
.Ltmp5799:
.Ltmp5800:
LBB0_982:
	#DEBUG_VALUE: i <- 490
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3437
.Ltmp5801:
.Ltmp5802:
	#DEBUG_VALUE: i <- 491
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5803:
	w3 = w2
	w3 &= 2048
.Ltmp5804:
.Ltmp5805:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5806:
	if w3 == 0 goto LBB0_984
.Ltmp5807:
.Ltmp5808:
# %bb.983:
	#DEBUG_VALUE: i <- 491
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5809:
.Ltmp5810:
	w2 += 491
	w1 = w2
.Ltmp5811:
.Ltmp5812:
LBB0_984:
	#DEBUG_VALUE: i <- 491
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3444
.Ltmp5813:
.Ltmp5814:
	#DEBUG_VALUE: i <- 492
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5815:
	w3 = w1
	w3 &= 4096
.Ltmp5816:
.Ltmp5817:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5818:
	if w3 == 0 goto LBB0_986
.Ltmp5819:
.Ltmp5820:
# %bb.985:
	#DEBUG_VALUE: i <- 492
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5821:
.Ltmp5822:
	w1 += 492
	w2 = w1
.Ltmp5823:
.Ltmp5824:
LBB0_986:
	#DEBUG_VALUE: i <- 492
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3451
.Ltmp5825:
.Ltmp5826:
	#DEBUG_VALUE: i <- 493
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5827:
	w3 = w2
	w3 &= 8192
.Ltmp5828:
.Ltmp5829:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5830:
	if w3 == 0 goto LBB0_988
.Ltmp5831:
.Ltmp5832:
# %bb.987:
	#DEBUG_VALUE: i <- 493
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5833:
.Ltmp5834:
	w2 += 493
	w1 = w2
.Ltmp5835:
.Ltmp5836:
LBB0_988:
	#DEBUG_VALUE: i <- 493
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3458
.Ltmp5837:
.Ltmp5838:
	#DEBUG_VALUE: i <- 494
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5839:
	w3 = w1
	w3 &= 16384
.Ltmp5840:
.Ltmp5841:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5842:
	if w3 == 0 goto LBB0_990
.Ltmp5843:
.Ltmp5844:
# %bb.989:
	#DEBUG_VALUE: i <- 494
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5845:
.Ltmp5846:
	w1 += 494
	w2 = w1
.Ltmp5847:
.Ltmp5848:
LBB0_990:
	#DEBUG_VALUE: i <- 494
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3465
.Ltmp5849:
.Ltmp5850:
	#DEBUG_VALUE: i <- 495
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5851:
	w3 = w2
	w3 &= 32768
.Ltmp5852:
.Ltmp5853:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5854:
	if w3 == 0 goto LBB0_992
.Ltmp5855:
.Ltmp5856:
# %bb.991:
	#DEBUG_VALUE: i <- 495
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5857:
.Ltmp5858:
	w2 += 495
	w1 = w2
.Ltmp5859:
.Ltmp5860:
LBB0_992:
	#DEBUG_VALUE: i <- 495
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3472
.Ltmp5861:
.Ltmp5862:
	#DEBUG_VALUE: i <- 496
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5863:
	w3 = w1
	w3 &= 65536
.Ltmp5864:
.Ltmp5865:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5866:
	if w3 == 0 goto LBB0_994
.Ltmp5867:
.Ltmp5868:
# %bb.993:
	#DEBUG_VALUE: i <- 496
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5869:
.Ltmp5870:
	w1 += 496
	w2 = w1
.Ltmp5871:
.Ltmp5872:
LBB0_994:
	#DEBUG_VALUE: i <- 496
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3479
.Ltmp5873:
.Ltmp5874:
	#DEBUG_VALUE: i <- 497
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5875:
	w3 = w2
	w3 &= 131072
.Ltmp5876:
.Ltmp5877:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5878:
	if w3 == 0 goto LBB0_996
.Ltmp5879:
.Ltmp5880:
# %bb.995:
	#DEBUG_VALUE: i <- 497
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5881:
.Ltmp5882:
	w2 += 497
	w1 = w2
.Ltmp5883:
.Ltmp5884:
LBB0_996:
	#DEBUG_VALUE: i <- 497
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3486
.Ltmp5885:
.Ltmp5886:
	#DEBUG_VALUE: i <- 498
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5887:
	w3 = w1
	w3 &= 262144
.Ltmp5888:
.Ltmp5889:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5890:
	if w3 == 0 goto LBB0_998
.Ltmp5891:
.Ltmp5892:
# %bb.997:
	#DEBUG_VALUE: i <- 498
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5893:
.Ltmp5894:
	w1 += 498
	w2 = w1
.Ltmp5895:
.Ltmp5896:
LBB0_998:
	#DEBUG_VALUE: i <- 498
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3493
.Ltmp5897:
.Ltmp5898:
	#DEBUG_VALUE: i <- 499
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5899:
	w3 = w2
	w3 &= 524288
.Ltmp5900:
.Ltmp5901:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5902:
	if w3 == 0 goto LBB0_1000
.Ltmp5903:
.Ltmp5904:
# %bb.999:
	#DEBUG_VALUE: i <- 499
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5905:
.Ltmp5906:
	w2 += 499
	w1 = w2
.Ltmp5907:
.Ltmp5908:
LBB0_1000:
	#DEBUG_VALUE: i <- 499
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3500
.Ltmp5909:
.Ltmp5910:
	#DEBUG_VALUE: i <- 500
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5911:
	w3 = w1
	w3 &= 1048576
.Ltmp5912:
.Ltmp5913:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5914:
	if w3 == 0 goto LBB0_1002
.Ltmp5915:
.Ltmp5916:
# %bb.1001:
	#DEBUG_VALUE: i <- 500
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5917:
.Ltmp5918:
	w1 += 500
	w2 = w1
.Ltmp5919:
.Ltmp5920:
LBB0_1002:
	#DEBUG_VALUE: i <- 500
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3507
.Ltmp5921:
.Ltmp5922:
	#DEBUG_VALUE: i <- 501
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5923:
	w3 = w2
	w3 &= 2097152
.Ltmp5924:
.Ltmp5925:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5926:
	if w3 == 0 goto LBB0_1004
.Ltmp5927:
.Ltmp5928:
# %bb.1003:
	#DEBUG_VALUE: i <- 501
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5929:
.Ltmp5930:
	w2 += 501
	w1 = w2
.Ltmp5931:
.Ltmp5932:
LBB0_1004:
	#DEBUG_VALUE: i <- 501
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3514
.Ltmp5933:
.Ltmp5934:
	#DEBUG_VALUE: i <- 502
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5935:
	w3 = w1
	w3 &= 4194304
.Ltmp5936:
.Ltmp5937:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5938:
	if w3 == 0 goto LBB0_1006
.Ltmp5939:
.Ltmp5940:
# %bb.1005:
	#DEBUG_VALUE: i <- 502
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5941:
.Ltmp5942:
	w1 += 502
	w2 = w1
.Ltmp5943:
.Ltmp5944:
LBB0_1006:
	#DEBUG_VALUE: i <- 502
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3521
.Ltmp5945:
.Ltmp5946:
	#DEBUG_VALUE: i <- 503
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5947:
	w3 = w2
	w3 &= 8388608
.Ltmp5948:
.Ltmp5949:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5950:
	if w3 == 0 goto LBB0_1008
.Ltmp5951:
.Ltmp5952:
# %bb.1007:
	#DEBUG_VALUE: i <- 503
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5953:
.Ltmp5954:
	w2 += 503
	w1 = w2
.Ltmp5955:
.Ltmp5956:
LBB0_1008:
	#DEBUG_VALUE: i <- 503
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3528
.Ltmp5957:
.Ltmp5958:
	#DEBUG_VALUE: i <- 504
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5959:
	w3 = w1
	w3 &= 16777216
.Ltmp5960:
.Ltmp5961:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5962:
	if w3 == 0 goto LBB0_1010
.Ltmp5963:
.Ltmp5964:
# %bb.1009:
	#DEBUG_VALUE: i <- 504
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5965:
.Ltmp5966:
	w1 += 504
	w2 = w1
.Ltmp5967:
.Ltmp5968:
LBB0_1010:
	#DEBUG_VALUE: i <- 504
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3535
.Ltmp5969:
.Ltmp5970:
	#DEBUG_VALUE: i <- 505
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5971:
	w3 = w2
	w3 &= 33554432
.Ltmp5972:
.Ltmp5973:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5974:
	if w3 == 0 goto LBB0_1012
.Ltmp5975:
.Ltmp5976:
# %bb.1011:
	#DEBUG_VALUE: i <- 505
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp5977:
.Ltmp5978:
	w2 += 505
	w1 = w2
.Ltmp5979:
.Ltmp5980:
LBB0_1012:
	#DEBUG_VALUE: i <- 505
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3542
.Ltmp5981:
.Ltmp5982:
	#DEBUG_VALUE: i <- 506
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5983:
	w3 = w1
	w3 &= 67108864
.Ltmp5984:
.Ltmp5985:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5986:
	if w3 == 0 goto LBB0_1014
.Ltmp5987:
.Ltmp5988:
# %bb.1013:
	#DEBUG_VALUE: i <- 506
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp5989:
.Ltmp5990:
	w1 += 506
	w2 = w1
.Ltmp5991:
.Ltmp5992:
LBB0_1014:
	#DEBUG_VALUE: i <- 506
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3549
.Ltmp5993:
.Ltmp5994:
	#DEBUG_VALUE: i <- 507
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp5995:
	w3 = w2
	w3 &= 134217728
.Ltmp5996:
.Ltmp5997:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp5998:
	if w3 == 0 goto LBB0_1016
.Ltmp5999:
.Ltmp6000:
# %bb.1015:
	#DEBUG_VALUE: i <- 507
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6001:
.Ltmp6002:
	w2 += 507
	w1 = w2
.Ltmp6003:
.Ltmp6004:
LBB0_1016:
	#DEBUG_VALUE: i <- 507
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3556
.Ltmp6005:
.Ltmp6006:
	#DEBUG_VALUE: i <- 508
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6007:
	w3 = w1
	w3 &= 268435456
.Ltmp6008:
.Ltmp6009:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6010:
	if w3 == 0 goto LBB0_1018
.Ltmp6011:
.Ltmp6012:
# %bb.1017:
	#DEBUG_VALUE: i <- 508
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6013:
.Ltmp6014:
	w1 += 508
	w2 = w1
.Ltmp6015:
.Ltmp6016:
LBB0_1018:
	#DEBUG_VALUE: i <- 508
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3563
.Ltmp6017:
.Ltmp6018:
	#DEBUG_VALUE: i <- 509
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6019:
	w3 = w2
	w3 &= 536870912
.Ltmp6020:
.Ltmp6021:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6022:
	if w3 == 0 goto LBB0_1020
.Ltmp6023:
.Ltmp6024:
# %bb.1019:
	#DEBUG_VALUE: i <- 509
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6025:
.Ltmp6026:
	w2 += 509
	w1 = w2
.Ltmp6027:
.Ltmp6028:
LBB0_1020:
	#DEBUG_VALUE: i <- 509
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3570
.Ltmp6029:
.Ltmp6030:
	#DEBUG_VALUE: i <- 510
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6031:
	w3 = w1
	w3 &= 1073741824
.Ltmp6032:
.Ltmp6033:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6034:
	if w3 == 0 goto LBB0_1022
.Ltmp6035:
.Ltmp6036:
# %bb.1021:
	#DEBUG_VALUE: i <- 510
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6037:
.Ltmp6038:
	w1 += 510
	w2 = w1
.Ltmp6039:
.Ltmp6040:
LBB0_1022:
	#DEBUG_VALUE: i <- 510
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 511
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 511
	if w2 s< 0 goto LBB0_1024
.Ltmp6041:
.Ltmp6042:
# %bb.1023:
	#DEBUG_VALUE: i <- 511
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 3577
.Ltmp6043:
.Ltmp6044:
	w1 = w2
.Ltmp6045:
.Ltmp6046:
LBB0_1024:
	#DEBUG_VALUE: i <- 511
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3584
.Ltmp6047:
.Ltmp6048:
	#DEBUG_VALUE: i <- 512
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6049:
	w3 = w1
	w3 &= 1
.Ltmp6050:
.Ltmp6051:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6052:
	if w3 == 0 goto LBB0_1026
.Ltmp6053:
.Ltmp6054:
# %bb.1025:
	#DEBUG_VALUE: i <- 512
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6055:
.Ltmp6056:
	w1 += 512
	w2 = w1
.Ltmp6057:
.Ltmp6058:
LBB0_1026:
	#DEBUG_VALUE: i <- 512
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3591
.Ltmp6059:
.Ltmp6060:
	#DEBUG_VALUE: i <- 513
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6061:
	w3 = w2
	w3 &= 2
.Ltmp6062:
.Ltmp6063:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6064:
	if w3 == 0 goto LBB0_1028
.Ltmp6065:
.Ltmp6066:
# %bb.1027:
	#DEBUG_VALUE: i <- 513
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6067:
.Ltmp6068:
	w2 += 513
	w1 = w2
.Ltmp6069:
.Ltmp6070:
LBB0_1028:
	#DEBUG_VALUE: i <- 513
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3598
.Ltmp6071:
.Ltmp6072:
	#DEBUG_VALUE: i <- 514
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6073:
	w3 = w1
	w3 &= 4
.Ltmp6074:
.Ltmp6075:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6076:
	if w3 == 0 goto LBB0_1030
.Ltmp6077:
.Ltmp6078:
# %bb.1029:
	#DEBUG_VALUE: i <- 514
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6079:
.Ltmp6080:
	w1 += 514
	w2 = w1
.Ltmp6081:
.Ltmp6082:
LBB0_1030:
	#DEBUG_VALUE: i <- 514
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3605
.Ltmp6083:
.Ltmp6084:
	#DEBUG_VALUE: i <- 515
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6085:
	w3 = w2
	w3 &= 8
.Ltmp6086:
.Ltmp6087:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6088:
	if w3 == 0 goto LBB0_1032
.Ltmp6089:
.Ltmp6090:
# %bb.1031:
	#DEBUG_VALUE: i <- 515
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6091:
.Ltmp6092:
	w2 += 515
	w1 = w2
.Ltmp6093:
.Ltmp6094:
LBB0_1032:
	#DEBUG_VALUE: i <- 515
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3612
.Ltmp6095:
.Ltmp6096:
	#DEBUG_VALUE: i <- 516
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6097:
	w3 = w1
	w3 &= 16
.Ltmp6098:
.Ltmp6099:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6100:
	if w3 == 0 goto LBB0_1034
.Ltmp6101:
.Ltmp6102:
# %bb.1033:
	#DEBUG_VALUE: i <- 516
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6103:
.Ltmp6104:
	w1 += 516
	w2 = w1
.Ltmp6105:
.Ltmp6106:
LBB0_1034:
	#DEBUG_VALUE: i <- 516
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3619
.Ltmp6107:
.Ltmp6108:
	#DEBUG_VALUE: i <- 517
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6109:
	w3 = w2
	w3 &= 32
.Ltmp6110:
.Ltmp6111:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6112:
	if w3 == 0 goto LBB0_1036
.Ltmp6113:
.Ltmp6114:
# %bb.1035:
	#DEBUG_VALUE: i <- 517
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6115:
.Ltmp6116:
	w2 += 517
	w1 = w2
.Ltmp6117:
.Ltmp6118:
LBB0_1036:
	#DEBUG_VALUE: i <- 517
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3626
.Ltmp6119:
.Ltmp6120:
	#DEBUG_VALUE: i <- 518
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6121:
	w3 = w1
	w3 &= 64
.Ltmp6122:
.Ltmp6123:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6124:
	if w3 == 0 goto LBB0_1038
.Ltmp6125:
.Ltmp6126:
# %bb.1037:
	#DEBUG_VALUE: i <- 518
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6127:
.Ltmp6128:
	w1 += 518
	w2 = w1
.Ltmp6129:
.Ltmp6130:
LBB0_1038:
	#DEBUG_VALUE: i <- 518
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3633
.Ltmp6131:
.Ltmp6132:
	#DEBUG_VALUE: i <- 519
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6133:
	w3 = w2
	w3 &= 128
.Ltmp6134:
.Ltmp6135:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6136:
	if w3 == 0 goto LBB0_1040
.Ltmp6137:
.Ltmp6138:
# %bb.1039:
	#DEBUG_VALUE: i <- 519
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6139:
.Ltmp6140:
	w2 += 519
	w1 = w2
.Ltmp6141:
.Ltmp6142:
LBB0_1040:
	#DEBUG_VALUE: i <- 519
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3640
.Ltmp6143:
.Ltmp6144:
	#DEBUG_VALUE: i <- 520
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6145:
	w3 = w1
	w3 &= 256
.Ltmp6146:
.Ltmp6147:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6148:
	if w3 == 0 goto LBB0_1042
.Ltmp6149:
.Ltmp6150:
# %bb.1041:
	#DEBUG_VALUE: i <- 520
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6151:
.Ltmp6152:
	w1 += 520
	w2 = w1
.Ltmp6153:
.Ltmp6154:
LBB0_1042:
	#DEBUG_VALUE: i <- 520
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3647
.Ltmp6155:
.Ltmp6156:
	#DEBUG_VALUE: i <- 521
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6157:
	w3 = w2
	w3 &= 512
.Ltmp6158:
.Ltmp6159:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6160:
	if w3 == 0 goto LBB0_1044
.Ltmp6161:
.Ltmp6162:
# %bb.1043:
	#DEBUG_VALUE: i <- 521
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6163:
.Ltmp6164:
	w2 += 521
	w1 = w2
.Ltmp6165:
.Ltmp6166:
LBB0_1044:
	#DEBUG_VALUE: i <- 521
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3654
.Ltmp6167:
.Ltmp6168:
	#DEBUG_VALUE: i <- 522
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6169:
	w3 = w1
	w3 &= 1024
.Ltmp6170:
.Ltmp6171:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6172:
	if w3 == 0 goto LBB0_1046
.Ltmp6173:
.Ltmp6174:
# %bb.1045:
	#DEBUG_VALUE: i <- 522
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6175:
.Ltmp6176:
	w1 += 522
	w2 = w1
.Ltmp6177:
.Ltmp6178:
LBB0_1046:
	#DEBUG_VALUE: i <- 522
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3661
.Ltmp6179:
.Ltmp6180:
	#DEBUG_VALUE: i <- 523
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6181:
	w3 = w2
	w3 &= 2048
.Ltmp6182:
.Ltmp6183:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6184:
	if w3 == 0 goto LBB0_1048
.Ltmp6185:
.Ltmp6186:
# %bb.1047:
	#DEBUG_VALUE: i <- 523
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6187:
.Ltmp6188:
	w2 += 523
	w1 = w2
.Ltmp6189:
.Ltmp6190:
LBB0_1048:
	#DEBUG_VALUE: i <- 523
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3668
.Ltmp6191:
.Ltmp6192:
	#DEBUG_VALUE: i <- 524
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6193:
	w3 = w1
	w3 &= 4096
.Ltmp6194:
.Ltmp6195:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6196:
	if w3 == 0 goto LBB0_1050
.Ltmp6197:
.Ltmp6198:
# %bb.1049:
	#DEBUG_VALUE: i <- 524
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6199:
.Ltmp6200:
	w1 += 524
	w2 = w1
.Ltmp6201:
.Ltmp6202:
LBB0_1050:
	#DEBUG_VALUE: i <- 524
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3675
.Ltmp6203:
.Ltmp6204:
	#DEBUG_VALUE: i <- 525
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6205:
	w3 = w2
	w3 &= 8192
.Ltmp6206:
.Ltmp6207:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6208:
	if w3 == 0 goto LBB0_1052
.Ltmp6209:
.Ltmp6210:
# %bb.1051:
	#DEBUG_VALUE: i <- 525
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6211:
.Ltmp6212:
	w2 += 525
	w1 = w2
.Ltmp6213:
.Ltmp6214:
LBB0_1052:
	#DEBUG_VALUE: i <- 525
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3682
.Ltmp6215:
.Ltmp6216:
	#DEBUG_VALUE: i <- 526
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6217:
	w3 = w1
	w3 &= 16384
.Ltmp6218:
.Ltmp6219:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6220:
	if w3 == 0 goto LBB0_1054
.Ltmp6221:
.Ltmp6222:
# %bb.1053:
	#DEBUG_VALUE: i <- 526
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6223:
.Ltmp6224:
	w1 += 526
	w2 = w1
.Ltmp6225:
.Ltmp6226:
LBB0_1054:
	#DEBUG_VALUE: i <- 526
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3689
.Ltmp6227:
.Ltmp6228:
	#DEBUG_VALUE: i <- 527
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6229:
	w3 = w2
	w3 &= 32768
.Ltmp6230:
.Ltmp6231:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6232:
	if w3 == 0 goto LBB0_1056
.Ltmp6233:
.Ltmp6234:
# %bb.1055:
	#DEBUG_VALUE: i <- 527
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6235:
.Ltmp6236:
	w2 += 527
	w1 = w2
.Ltmp6237:
.Ltmp6238:
LBB0_1056:
	#DEBUG_VALUE: i <- 527
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3696
.Ltmp6239:
.Ltmp6240:
	#DEBUG_VALUE: i <- 528
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6241:
	w3 = w1
	w3 &= 65536
.Ltmp6242:
.Ltmp6243:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6244:
	if w3 == 0 goto LBB0_1058
.Ltmp6245:
.Ltmp6246:
# %bb.1057:
	#DEBUG_VALUE: i <- 528
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6247:
.Ltmp6248:
	w1 += 528
	w2 = w1
.Ltmp6249:
.Ltmp6250:
LBB0_1058:
	#DEBUG_VALUE: i <- 528
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3703
.Ltmp6251:
.Ltmp6252:
	#DEBUG_VALUE: i <- 529
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6253:
	w3 = w2
	w3 &= 131072
.Ltmp6254:
.Ltmp6255:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6256:
	if w3 == 0 goto LBB0_1060
.Ltmp6257:
.Ltmp6258:
# %bb.1059:
	#DEBUG_VALUE: i <- 529
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6259:
.Ltmp6260:
	w2 += 529
	w1 = w2
.Ltmp6261:
.Ltmp6262:
LBB0_1060:
	#DEBUG_VALUE: i <- 529
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3710
.Ltmp6263:
.Ltmp6264:
	#DEBUG_VALUE: i <- 530
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6265:
	w3 = w1
	w3 &= 262144
.Ltmp6266:
.Ltmp6267:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6268:
	if w3 == 0 goto LBB0_1062
.Ltmp6269:
.Ltmp6270:
# %bb.1061:
	#DEBUG_VALUE: i <- 530
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6271:
.Ltmp6272:
	w1 += 530
	w2 = w1
.Ltmp6273:
.Ltmp6274:
LBB0_1062:
	#DEBUG_VALUE: i <- 530
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3717
.Ltmp6275:
.Ltmp6276:
	#DEBUG_VALUE: i <- 531
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6277:
	w3 = w2
	w3 &= 524288
.Ltmp6278:
.Ltmp6279:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6280:
	if w3 == 0 goto LBB0_1064
.Ltmp6281:
.Ltmp6282:
# %bb.1063:
	#DEBUG_VALUE: i <- 531
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6283:
.Ltmp6284:
	w2 += 531
	w1 = w2
.Ltmp6285:
.Ltmp6286:
LBB0_1064:
	#DEBUG_VALUE: i <- 531
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3724
.Ltmp6287:
.Ltmp6288:
	#DEBUG_VALUE: i <- 532
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6289:
	w3 = w1
	w3 &= 1048576
.Ltmp6290:
.Ltmp6291:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6292:
	if w3 == 0 goto LBB0_1066
.Ltmp6293:
.Ltmp6294:
# %bb.1065:
	#DEBUG_VALUE: i <- 532
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6295:
.Ltmp6296:
	w1 += 532
	w2 = w1
.Ltmp6297:
.Ltmp6298:
LBB0_1066:
	#DEBUG_VALUE: i <- 532
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3731
.Ltmp6299:
.Ltmp6300:
	#DEBUG_VALUE: i <- 533
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6301:
	w3 = w2
	w3 &= 2097152
.Ltmp6302:
.Ltmp6303:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6304:
	if w3 == 0 goto LBB0_1068
.Ltmp6305:
.Ltmp6306:
# %bb.1067:
	#DEBUG_VALUE: i <- 533
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6307:
.Ltmp6308:
	w2 += 533
	w1 = w2
.Ltmp6309:
.Ltmp6310:
LBB0_1068:
	#DEBUG_VALUE: i <- 533
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3738
.Ltmp6311:
.Ltmp6312:
	#DEBUG_VALUE: i <- 534
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6313:
	w3 = w1
	w3 &= 4194304
.Ltmp6314:
.Ltmp6315:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6316:
	if w3 == 0 goto LBB0_1070
.Ltmp6317:
.Ltmp6318:
# %bb.1069:
	#DEBUG_VALUE: i <- 534
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6319:
.Ltmp6320:
	w1 += 534
	w2 = w1
.Ltmp6321:
.Ltmp6322:
LBB0_1070:
	#DEBUG_VALUE: i <- 534
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3745
.Ltmp6323:
.Ltmp6324:
	#DEBUG_VALUE: i <- 535
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6325:
	w3 = w2
	w3 &= 8388608
.Ltmp6326:
.Ltmp6327:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6328:
	if w3 == 0 goto LBB0_1072
.Ltmp6329:
.Ltmp6330:
# %bb.1071:
	#DEBUG_VALUE: i <- 535
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6331:
.Ltmp6332:
	w2 += 535
	w1 = w2
.Ltmp6333:
.Ltmp6334:
LBB0_1072:
	#DEBUG_VALUE: i <- 535
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3752
.Ltmp6335:
.Ltmp6336:
	#DEBUG_VALUE: i <- 536
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6337:
	w3 = w1
	w3 &= 16777216
.Ltmp6338:
.Ltmp6339:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6340:
	if w3 == 0 goto LBB0_1074
.Ltmp6341:
.Ltmp6342:
# %bb.1073:
	#DEBUG_VALUE: i <- 536
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6343:
.Ltmp6344:
	w1 += 536
	w2 = w1
.Ltmp6345:
.Ltmp6346:
LBB0_1074:
	#DEBUG_VALUE: i <- 536
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3759
.Ltmp6347:
.Ltmp6348:
	#DEBUG_VALUE: i <- 537
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6349:
	w3 = w2
	w3 &= 33554432
.Ltmp6350:
.Ltmp6351:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6352:
	if w3 == 0 goto LBB0_1076
.Ltmp6353:
.Ltmp6354:
# %bb.1075:
	#DEBUG_VALUE: i <- 537
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6355:
.Ltmp6356:
	w2 += 537
	w1 = w2
.Ltmp6357:
.Ltmp6358:
LBB0_1076:
	#DEBUG_VALUE: i <- 537
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3766
.Ltmp6359:
.Ltmp6360:
	#DEBUG_VALUE: i <- 538
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6361:
	w3 = w1
	w3 &= 67108864
.Ltmp6362:
.Ltmp6363:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6364:
	if w3 == 0 goto LBB0_1078
.Ltmp6365:
.Ltmp6366:
# %bb.1077:
	#DEBUG_VALUE: i <- 538
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6367:
.Ltmp6368:
	w1 += 538
	w2 = w1
.Ltmp6369:
.Ltmp6370:
LBB0_1078:
	#DEBUG_VALUE: i <- 538
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3773
.Ltmp6371:
.Ltmp6372:
	#DEBUG_VALUE: i <- 539
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6373:
	w3 = w2
	w3 &= 134217728
.Ltmp6374:
.Ltmp6375:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6376:
	if w3 == 0 goto LBB0_1080
.Ltmp6377:
.Ltmp6378:
# %bb.1079:
	#DEBUG_VALUE: i <- 539
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6379:
.Ltmp6380:
	w2 += 539
	w1 = w2
.Ltmp6381:
.Ltmp6382:
LBB0_1080:
	#DEBUG_VALUE: i <- 539
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3780
.Ltmp6383:
.Ltmp6384:
	#DEBUG_VALUE: i <- 540
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6385:
	w3 = w1
	w3 &= 268435456
.Ltmp6386:
.Ltmp6387:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6388:
	if w3 == 0 goto LBB0_1082
.Ltmp6389:
.Ltmp6390:
# %bb.1081:
	#DEBUG_VALUE: i <- 540
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6391:
.Ltmp6392:
	w1 += 540
	w2 = w1
.Ltmp6393:
.Ltmp6394:
LBB0_1082:
	#DEBUG_VALUE: i <- 540
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3787
.Ltmp6395:
.Ltmp6396:
	#DEBUG_VALUE: i <- 541
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6397:
	w3 = w2
	w3 &= 536870912
.Ltmp6398:
.Ltmp6399:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6400:
	if w3 == 0 goto LBB0_1084
.Ltmp6401:
.Ltmp6402:
# %bb.1083:
	#DEBUG_VALUE: i <- 541
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6403:
.Ltmp6404:
	w2 += 541
	w1 = w2
.Ltmp6405:
.Ltmp6406:
LBB0_1084:
	#DEBUG_VALUE: i <- 541
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3794
.Ltmp6407:
.Ltmp6408:
	#DEBUG_VALUE: i <- 542
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6409:
	w3 = w1
	w3 &= 1073741824
.Ltmp6410:
.Ltmp6411:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6412:
	if w3 == 0 goto LBB0_1086
.Ltmp6413:
.Ltmp6414:
# %bb.1085:
	#DEBUG_VALUE: i <- 542
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6415:
.Ltmp6416:
	w1 += 542
	w2 = w1
.Ltmp6417:
.Ltmp6418:
LBB0_1086:
	#DEBUG_VALUE: i <- 542
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 543
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 543
	if w2 s< 0 goto LBB0_1088
.Ltmp6419:
.Ltmp6420:
# %bb.1087:
	#DEBUG_VALUE: i <- 543
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 3801
.Ltmp6421:
.Ltmp6422:
	w1 = w2
.Ltmp6423:
.Ltmp6424:
LBB0_1088:
	#DEBUG_VALUE: i <- 543
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3808
.Ltmp6425:
.Ltmp6426:
	#DEBUG_VALUE: i <- 544
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6427:
	w3 = w1
	w3 &= 1
.Ltmp6428:
.Ltmp6429:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6430:
	if w3 == 0 goto LBB0_1090
.Ltmp6431:
.Ltmp6432:
# %bb.1089:
	#DEBUG_VALUE: i <- 544
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6433:
.Ltmp6434:
	w1 += 544
	w2 = w1
.Ltmp6435:
.Ltmp6436:
LBB0_1090:
	#DEBUG_VALUE: i <- 544
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3815
.Ltmp6437:
.Ltmp6438:
	#DEBUG_VALUE: i <- 545
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6439:
	w3 = w2
	w3 &= 2
.Ltmp6440:
.Ltmp6441:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6442:
	if w3 == 0 goto LBB0_1092
.Ltmp6443:
.Ltmp6444:
# %bb.1091:
	#DEBUG_VALUE: i <- 545
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6445:
.Ltmp6446:
	w2 += 545
	w1 = w2
.Ltmp6447:
.Ltmp6448:
LBB0_1092:
	#DEBUG_VALUE: i <- 545
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3822
.Ltmp6449:
.Ltmp6450:
	#DEBUG_VALUE: i <- 546
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6451:
	w3 = w1
	w3 &= 4
.Ltmp6452:
.Ltmp6453:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6454:
	if w3 == 0 goto LBB0_1094
.Ltmp6455:
.Ltmp6456:
# %bb.1093:
	#DEBUG_VALUE: i <- 546
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6457:
.Ltmp6458:
	w1 += 546
	w2 = w1
.Ltmp6459:
.Ltmp6460:
LBB0_1094:
	#DEBUG_VALUE: i <- 546
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3829
.Ltmp6461:
.Ltmp6462:
	#DEBUG_VALUE: i <- 547
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6463:
	w3 = w2
	w3 &= 8
.Ltmp6464:
.Ltmp6465:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6466:
	if w3 == 0 goto LBB0_1096
.Ltmp6467:
.Ltmp6468:
# %bb.1095:
	#DEBUG_VALUE: i <- 547
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6469:
.Ltmp6470:
	w2 += 547
	w1 = w2
.Ltmp6471:
.Ltmp6472:
LBB0_1096:
	#DEBUG_VALUE: i <- 547
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3836
.Ltmp6473:
.Ltmp6474:
	#DEBUG_VALUE: i <- 548
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6475:
	w3 = w1
	w3 &= 16
.Ltmp6476:
.Ltmp6477:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6478:
	if w3 == 0 goto LBB0_1098
.Ltmp6479:
.Ltmp6480:
# %bb.1097:
	#DEBUG_VALUE: i <- 548
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6481:
.Ltmp6482:
	w1 += 548
	w2 = w1
.Ltmp6483:
.Ltmp6484:
LBB0_1098:
	#DEBUG_VALUE: i <- 548
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3843
.Ltmp6485:
.Ltmp6486:
	#DEBUG_VALUE: i <- 549
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6487:
	w3 = w2
	w3 &= 32
.Ltmp6488:
.Ltmp6489:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6490:
	if w3 == 0 goto LBB0_1100
.Ltmp6491:
.Ltmp6492:
# %bb.1099:
	#DEBUG_VALUE: i <- 549
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6493:
.Ltmp6494:
	w2 += 549
	w1 = w2
.Ltmp6495:
.Ltmp6496:
LBB0_1100:
	#DEBUG_VALUE: i <- 549
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3850
.Ltmp6497:
.Ltmp6498:
	#DEBUG_VALUE: i <- 550
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6499:
	w3 = w1
	w3 &= 64
.Ltmp6500:
.Ltmp6501:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6502:
	if w3 == 0 goto LBB0_1102
.Ltmp6503:
.Ltmp6504:
# %bb.1101:
	#DEBUG_VALUE: i <- 550
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6505:
.Ltmp6506:
	w1 += 550
	w2 = w1
.Ltmp6507:
.Ltmp6508:
LBB0_1102:
	#DEBUG_VALUE: i <- 550
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3857
.Ltmp6509:
.Ltmp6510:
	#DEBUG_VALUE: i <- 551
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6511:
	w3 = w2
	w3 &= 128
.Ltmp6512:
.Ltmp6513:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6514:
	if w3 == 0 goto LBB0_1104
.Ltmp6515:
.Ltmp6516:
# %bb.1103:
	#DEBUG_VALUE: i <- 551
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6517:
.Ltmp6518:
	w2 += 551
	w1 = w2
.Ltmp6519:
.Ltmp6520:
LBB0_1104:
	#DEBUG_VALUE: i <- 551
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3864
.Ltmp6521:
.Ltmp6522:
	#DEBUG_VALUE: i <- 552
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6523:
	w3 = w1
	w3 &= 256
.Ltmp6524:
.Ltmp6525:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6526:
	if w3 == 0 goto LBB0_1106
.Ltmp6527:
.Ltmp6528:
# %bb.1105:
	#DEBUG_VALUE: i <- 552
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6529:
.Ltmp6530:
	w1 += 552
	w2 = w1
.Ltmp6531:
.Ltmp6532:
LBB0_1106:
	#DEBUG_VALUE: i <- 552
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3871
.Ltmp6533:
.Ltmp6534:
	#DEBUG_VALUE: i <- 553
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6535:
	w3 = w2
	w3 &= 512
.Ltmp6536:
.Ltmp6537:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6538:
	if w3 == 0 goto LBB0_1108
.Ltmp6539:
.Ltmp6540:
# %bb.1107:
	#DEBUG_VALUE: i <- 553
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6541:
.Ltmp6542:
	w2 += 553
	w1 = w2
.Ltmp6543:
.Ltmp6544:
LBB0_1108:
	#DEBUG_VALUE: i <- 553
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3878
.Ltmp6545:
.Ltmp6546:
	#DEBUG_VALUE: i <- 554
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6547:
	w3 = w1
	w3 &= 1024
.Ltmp6548:
.Ltmp6549:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6550:
	if w3 == 0 goto LBB0_1110
.Ltmp6551:
.Ltmp6552:
# %bb.1109:
	#DEBUG_VALUE: i <- 554
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6553:
.Ltmp6554:
	w1 += 554
	w2 = w1
.Ltmp6555:
.Ltmp6556:
LBB0_1110:
	#DEBUG_VALUE: i <- 554
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3885
.Ltmp6557:
.Ltmp6558:
	#DEBUG_VALUE: i <- 555
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6559:
	w3 = w2
	w3 &= 2048
.Ltmp6560:
.Ltmp6561:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6562:
	if w3 == 0 goto LBB0_1112
.Ltmp6563:
.Ltmp6564:
# %bb.1111:
	#DEBUG_VALUE: i <- 555
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6565:
.Ltmp6566:
	w2 += 555
	w1 = w2
.Ltmp6567:
.Ltmp6568:
LBB0_1112:
	#DEBUG_VALUE: i <- 555
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3892
.Ltmp6569:
.Ltmp6570:
	#DEBUG_VALUE: i <- 556
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6571:
	w3 = w1
	w3 &= 4096
.Ltmp6572:
.Ltmp6573:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6574:
	if w3 == 0 goto LBB0_1114
.Ltmp6575:
.Ltmp6576:
# %bb.1113:
	#DEBUG_VALUE: i <- 556
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6577:
.Ltmp6578:
	w1 += 556
	w2 = w1
.Ltmp6579:
.Ltmp6580:
LBB0_1114:
	#DEBUG_VALUE: i <- 556
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3899
.Ltmp6581:
.Ltmp6582:
	#DEBUG_VALUE: i <- 557
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6583:
	w3 = w2
	w3 &= 8192
.Ltmp6584:
.Ltmp6585:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6586:
	if w3 == 0 goto LBB0_1116
.Ltmp6587:
.Ltmp6588:
# %bb.1115:
	#DEBUG_VALUE: i <- 557
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6589:
.Ltmp6590:
	w2 += 557
	w1 = w2
.Ltmp6591:
.Ltmp6592:
LBB0_1116:
	#DEBUG_VALUE: i <- 557
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3906
.Ltmp6593:
.Ltmp6594:
	#DEBUG_VALUE: i <- 558
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6595:
	w3 = w1
	w3 &= 16384
.Ltmp6596:
.Ltmp6597:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6598:
	if w3 == 0 goto LBB0_1118
.Ltmp6599:
.Ltmp6600:
# %bb.1117:
	#DEBUG_VALUE: i <- 558
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6601:
.Ltmp6602:
	w1 += 558
	w2 = w1
.Ltmp6603:
.Ltmp6604:
LBB0_1118:
	#DEBUG_VALUE: i <- 558
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3913
.Ltmp6605:
.Ltmp6606:
	#DEBUG_VALUE: i <- 559
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6607:
	w3 = w2
	w3 &= 32768
.Ltmp6608:
.Ltmp6609:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6610:
	if w3 == 0 goto LBB0_1120
.Ltmp6611:
.Ltmp6612:
# %bb.1119:
	#DEBUG_VALUE: i <- 559
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6613:
.Ltmp6614:
	w2 += 559
	w1 = w2
.Ltmp6615:
.Ltmp6616:
LBB0_1120:
	#DEBUG_VALUE: i <- 559
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3920
.Ltmp6617:
.Ltmp6618:
	#DEBUG_VALUE: i <- 560
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6619:
	w3 = w1
	w3 &= 65536
.Ltmp6620:
.Ltmp6621:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6622:
	if w3 == 0 goto LBB0_1122
.Ltmp6623:
.Ltmp6624:
# %bb.1121:
	#DEBUG_VALUE: i <- 560
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6625:
.Ltmp6626:
	w1 += 560
	w2 = w1
.Ltmp6627:
.Ltmp6628:
LBB0_1122:
	#DEBUG_VALUE: i <- 560
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3927
.Ltmp6629:
.Ltmp6630:
	#DEBUG_VALUE: i <- 561
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6631:
	w3 = w2
	w3 &= 131072
.Ltmp6632:
.Ltmp6633:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6634:
	if w3 == 0 goto LBB0_1124
.Ltmp6635:
.Ltmp6636:
# %bb.1123:
	#DEBUG_VALUE: i <- 561
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6637:
.Ltmp6638:
	w2 += 561
	w1 = w2
.Ltmp6639:
.Ltmp6640:
LBB0_1124:
	#DEBUG_VALUE: i <- 561
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3934
.Ltmp6641:
.Ltmp6642:
	#DEBUG_VALUE: i <- 562
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6643:
	w3 = w1
	w3 &= 262144
.Ltmp6644:
.Ltmp6645:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6646:
	if w3 == 0 goto LBB0_1126
.Ltmp6647:
.Ltmp6648:
# %bb.1125:
	#DEBUG_VALUE: i <- 562
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6649:
.Ltmp6650:
	w1 += 562
	w2 = w1
.Ltmp6651:
.Ltmp6652:
LBB0_1126:
	#DEBUG_VALUE: i <- 562
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3941
.Ltmp6653:
.Ltmp6654:
	#DEBUG_VALUE: i <- 563
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6655:
	w3 = w2
	w3 &= 524288
.Ltmp6656:
.Ltmp6657:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6658:
	if w3 == 0 goto LBB0_1128
.Ltmp6659:
.Ltmp6660:
# %bb.1127:
	#DEBUG_VALUE: i <- 563
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6661:
.Ltmp6662:
	w2 += 563
	w1 = w2
.Ltmp6663:
.Ltmp6664:
LBB0_1128:
	#DEBUG_VALUE: i <- 563
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3948
.Ltmp6665:
.Ltmp6666:
	#DEBUG_VALUE: i <- 564
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6667:
	w3 = w1
	w3 &= 1048576
.Ltmp6668:
.Ltmp6669:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6670:
	if w3 == 0 goto LBB0_1130
.Ltmp6671:
.Ltmp6672:
# %bb.1129:
	#DEBUG_VALUE: i <- 564
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6673:
.Ltmp6674:
	w1 += 564
	w2 = w1
.Ltmp6675:
.Ltmp6676:
LBB0_1130:
	#DEBUG_VALUE: i <- 564
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3955
.Ltmp6677:
.Ltmp6678:
	#DEBUG_VALUE: i <- 565
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6679:
	w3 = w2
	w3 &= 2097152
.Ltmp6680:
.Ltmp6681:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6682:
	if w3 == 0 goto LBB0_1132
.Ltmp6683:
.Ltmp6684:
# %bb.1131:
	#DEBUG_VALUE: i <- 565
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6685:
.Ltmp6686:
	w2 += 565
	w1 = w2
.Ltmp6687:
.Ltmp6688:
LBB0_1132:
	#DEBUG_VALUE: i <- 565
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3962
.Ltmp6689:
.Ltmp6690:
	#DEBUG_VALUE: i <- 566
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6691:
	w3 = w1
	w3 &= 4194304
.Ltmp6692:
.Ltmp6693:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6694:
	if w3 == 0 goto LBB0_1134
.Ltmp6695:
.Ltmp6696:
# %bb.1133:
	#DEBUG_VALUE: i <- 566
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6697:
.Ltmp6698:
	w1 += 566
	w2 = w1
.Ltmp6699:
.Ltmp6700:
LBB0_1134:
	#DEBUG_VALUE: i <- 566
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3969
.Ltmp6701:
.Ltmp6702:
	#DEBUG_VALUE: i <- 567
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6703:
	w3 = w2
	w3 &= 8388608
.Ltmp6704:
.Ltmp6705:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6706:
	if w3 == 0 goto LBB0_1136
.Ltmp6707:
.Ltmp6708:
# %bb.1135:
	#DEBUG_VALUE: i <- 567
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6709:
.Ltmp6710:
	w2 += 567
	w1 = w2
.Ltmp6711:
.Ltmp6712:
LBB0_1136:
	#DEBUG_VALUE: i <- 567
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3976
.Ltmp6713:
.Ltmp6714:
	#DEBUG_VALUE: i <- 568
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6715:
	w3 = w1
	w3 &= 16777216
.Ltmp6716:
.Ltmp6717:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6718:
	if w3 == 0 goto LBB0_1138
.Ltmp6719:
.Ltmp6720:
# %bb.1137:
	#DEBUG_VALUE: i <- 568
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6721:
.Ltmp6722:
	w1 += 568
	w2 = w1
.Ltmp6723:
.Ltmp6724:
LBB0_1138:
	#DEBUG_VALUE: i <- 568
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3983
.Ltmp6725:
.Ltmp6726:
	#DEBUG_VALUE: i <- 569
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6727:
	w3 = w2
	w3 &= 33554432
.Ltmp6728:
.Ltmp6729:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6730:
	if w3 == 0 goto LBB0_1140
.Ltmp6731:
.Ltmp6732:
# %bb.1139:
	#DEBUG_VALUE: i <- 569
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6733:
.Ltmp6734:
	w2 += 569
	w1 = w2
.Ltmp6735:
.Ltmp6736:
LBB0_1140:
	#DEBUG_VALUE: i <- 569
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 3990
.Ltmp6737:
.Ltmp6738:
	#DEBUG_VALUE: i <- 570
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6739:
	w3 = w1
	w3 &= 67108864
.Ltmp6740:
.Ltmp6741:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6742:
	if w3 == 0 goto LBB0_1142
.Ltmp6743:
.Ltmp6744:
# %bb.1141:
	#DEBUG_VALUE: i <- 570
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6745:
.Ltmp6746:
	w1 += 570
	w2 = w1
.Ltmp6747:
.Ltmp6748:
LBB0_1142:
	#DEBUG_VALUE: i <- 570
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 3997
.Ltmp6749:
.Ltmp6750:
	#DEBUG_VALUE: i <- 571
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6751:
	w3 = w2
	w3 &= 134217728
.Ltmp6752:
.Ltmp6753:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6754:
	if w3 == 0 goto LBB0_1144
.Ltmp6755:
.Ltmp6756:
# %bb.1143:
	#DEBUG_VALUE: i <- 571
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6757:
.Ltmp6758:
	w2 += 571
	w1 = w2
.Ltmp6759:
.Ltmp6760:
LBB0_1144:
	#DEBUG_VALUE: i <- 571
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4004
.Ltmp6761:
.Ltmp6762:
	#DEBUG_VALUE: i <- 572
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6763:
	w3 = w1
	w3 &= 268435456
.Ltmp6764:
.Ltmp6765:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6766:
	if w3 == 0 goto LBB0_1146
.Ltmp6767:
.Ltmp6768:
# %bb.1145:
	#DEBUG_VALUE: i <- 572
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6769:
.Ltmp6770:
	w1 += 572
	w2 = w1
.Ltmp6771:
.Ltmp6772:
LBB0_1146:
	#DEBUG_VALUE: i <- 572
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4011
.Ltmp6773:
.Ltmp6774:
	#DEBUG_VALUE: i <- 573
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6775:
	w3 = w2
	w3 &= 536870912
.Ltmp6776:
.Ltmp6777:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6778:
	if w3 == 0 goto LBB0_1148
.Ltmp6779:
.Ltmp6780:
# %bb.1147:
	#DEBUG_VALUE: i <- 573
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6781:
.Ltmp6782:
	w2 += 573
	w1 = w2
.Ltmp6783:
.Ltmp6784:
LBB0_1148:
	#DEBUG_VALUE: i <- 573
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4018
.Ltmp6785:
.Ltmp6786:
	#DEBUG_VALUE: i <- 574
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6787:
	w3 = w1
	w3 &= 1073741824
.Ltmp6788:
.Ltmp6789:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6790:
	if w3 == 0 goto LBB0_1150
.Ltmp6791:
.Ltmp6792:
# %bb.1149:
	#DEBUG_VALUE: i <- 574
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6793:
.Ltmp6794:
	w1 += 574
	w2 = w1
.Ltmp6795:
.Ltmp6796:
LBB0_1150:
	#DEBUG_VALUE: i <- 574
	#DEBUG_VALUE: far:x <- $w2
	#DEBUG_VALUE: i <- 575
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 *= 33
	w1 += 575
	if w2 s< 0 goto LBB0_1152
.Ltmp6797:
.Ltmp6798:
# %bb.1151:
	#DEBUG_VALUE: i <- 575
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 ^= 4025
.Ltmp6799:
.Ltmp6800:
	w1 = w2
.Ltmp6801:
.Ltmp6802:
LBB0_1152:
	#DEBUG_VALUE: i <- 575
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4032
.Ltmp6803:
.Ltmp6804:
	#DEBUG_VALUE: i <- 576
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6805:
	w3 = w1
	w3 &= 1
.Ltmp6806:
.Ltmp6807:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6808:
	if w3 == 0 goto LBB0_1154
.Ltmp6809:
.Ltmp6810:
# %bb.1153:
	#DEBUG_VALUE: i <- 576
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6811:
.Ltmp6812:
	w1 += 576
	w2 = w1
.Ltmp6813:
.Ltmp6814:
LBB0_1154:
	#DEBUG_VALUE: i <- 576
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4039
.Ltmp6815:
.Ltmp6816:
	#DEBUG_VALUE: i <- 577
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6817:
	w3 = w2
	w3 &= 2
.Ltmp6818:
.Ltmp6819:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6820:
	if w3 == 0 goto LBB0_1156
.Ltmp6821:
.Ltmp6822:
# %bb.1155:
	#DEBUG_VALUE: i <- 577
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6823:
.Ltmp6824:
	w2 += 577
	w1 = w2
.Ltmp6825:
.Ltmp6826:
LBB0_1156:
	#DEBUG_VALUE: i <- 577
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4046
.Ltmp6827:
.Ltmp6828:
	#DEBUG_VALUE: i <- 578
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6829:
	w3 = w1
	w3 &= 4
.Ltmp6830:
.Ltmp6831:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6832:
	if w3 == 0 goto LBB0_1158
.Ltmp6833:
.Ltmp6834:
# %bb.1157:
	#DEBUG_VALUE: i <- 578
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6835:
.Ltmp6836:
	w1 += 578
	w2 = w1
.Ltmp6837:
.Ltmp6838:
LBB0_1158:
	#DEBUG_VALUE: i <- 578
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4053
.Ltmp6839:
.Ltmp6840:
	#DEBUG_VALUE: i <- 579
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6841:
	w3 = w2
	w3 &= 8
.Ltmp6842:
.Ltmp6843:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6844:
	if w3 == 0 goto LBB0_1160
.Ltmp6845:
.Ltmp6846:
# %bb.1159:
	#DEBUG_VALUE: i <- 579
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6847:
.Ltmp6848:
	w2 += 579
	w1 = w2
.Ltmp6849:
.Ltmp6850:
LBB0_1160:
	#DEBUG_VALUE: i <- 579
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4060
.Ltmp6851:
.Ltmp6852:
	#DEBUG_VALUE: i <- 580
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6853:
	w3 = w1
	w3 &= 16
.Ltmp6854:
.Ltmp6855:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6856:
	if w3 == 0 goto LBB0_1162
.Ltmp6857:
.Ltmp6858:
# %bb.1161:
	#DEBUG_VALUE: i <- 580
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6859:
.Ltmp6860:
	w1 += 580
	w2 = w1
.Ltmp6861:
.Ltmp6862:
LBB0_1162:
	#DEBUG_VALUE: i <- 580
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4067
.Ltmp6863:
.Ltmp6864:
	#DEBUG_VALUE: i <- 581
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6865:
	w3 = w2
	w3 &= 32
.Ltmp6866:
.Ltmp6867:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6868:
	if w3 == 0 goto LBB0_1164
.Ltmp6869:
.Ltmp6870:
# %bb.1163:
	#DEBUG_VALUE: i <- 581
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6871:
.Ltmp6872:
	w2 += 581
	w1 = w2
.Ltmp6873:
.Ltmp6874:
LBB0_1164:
	#DEBUG_VALUE: i <- 581
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4074
.Ltmp6875:
.Ltmp6876:
	#DEBUG_VALUE: i <- 582
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6877:
	w3 = w1
	w3 &= 64
.Ltmp6878:
.Ltmp6879:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6880:
	if w3 == 0 goto LBB0_1166
.Ltmp6881:
.Ltmp6882:
# %bb.1165:
	#DEBUG_VALUE: i <- 582
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6883:
.Ltmp6884:
	w1 += 582
	w2 = w1
.Ltmp6885:
.Ltmp6886:
LBB0_1166:
	#DEBUG_VALUE: i <- 582
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4081
.Ltmp6887:
.Ltmp6888:
	#DEBUG_VALUE: i <- 583
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6889:
	w3 = w2
	w3 &= 128
.Ltmp6890:
.Ltmp6891:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6892:
	if w3 == 0 goto LBB0_1168
.Ltmp6893:
.Ltmp6894:
# %bb.1167:
	#DEBUG_VALUE: i <- 583
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6895:
.Ltmp6896:
	w2 += 583
	w1 = w2
.Ltmp6897:
.Ltmp6898:
LBB0_1168:
	#DEBUG_VALUE: i <- 583
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4088
.Ltmp6899:
.Ltmp6900:
	#DEBUG_VALUE: i <- 584
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6901:
	w3 = w1
	w3 &= 256
.Ltmp6902:
.Ltmp6903:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6904:
	if w3 == 0 goto LBB0_1170
.Ltmp6905:
.Ltmp6906:
# %bb.1169:
	#DEBUG_VALUE: i <- 584
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6907:
.Ltmp6908:
	w1 += 584
	w2 = w1
.Ltmp6909:
.Ltmp6910:
LBB0_1170:
	#DEBUG_VALUE: i <- 584
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4095
.Ltmp6911:
.Ltmp6912:
	#DEBUG_VALUE: i <- 585
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6913:
	w3 = w2
	w3 &= 512
.Ltmp6914:
.Ltmp6915:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6916:
	if w3 == 0 goto LBB0_1172
.Ltmp6917:
.Ltmp6918:
# %bb.1171:
	#DEBUG_VALUE: i <- 585
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6919:
.Ltmp6920:
	w2 += 585
	w1 = w2
.Ltmp6921:
.Ltmp6922:
LBB0_1172:
	#DEBUG_VALUE: i <- 585
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4102
.Ltmp6923:
.Ltmp6924:
	#DEBUG_VALUE: i <- 586
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6925:
	w3 = w1
	w3 &= 1024
.Ltmp6926:
.Ltmp6927:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6928:
	if w3 == 0 goto LBB0_1174
.Ltmp6929:
.Ltmp6930:
# %bb.1173:
	#DEBUG_VALUE: i <- 586
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6931:
.Ltmp6932:
	w1 += 586
	w2 = w1
.Ltmp6933:
.Ltmp6934:
LBB0_1174:
	#DEBUG_VALUE: i <- 586
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4109
.Ltmp6935:
.Ltmp6936:
	#DEBUG_VALUE: i <- 587
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6937:
	w3 = w2
	w3 &= 2048
.Ltmp6938:
.Ltmp6939:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6940:
	if w3 == 0 goto LBB0_1176
.Ltmp6941:
.Ltmp6942:
# %bb.1175:
	#DEBUG_VALUE: i <- 587
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6943:
.Ltmp6944:
	w2 += 587
	w1 = w2
.Ltmp6945:
.Ltmp6946:
LBB0_1176:
	#DEBUG_VALUE: i <- 587
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4116
.Ltmp6947:
.Ltmp6948:
	#DEBUG_VALUE: i <- 588
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6949:
	w3 = w1
	w3 &= 4096
.Ltmp6950:
.Ltmp6951:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6952:
	if w3 == 0 goto LBB0_1178
.Ltmp6953:
.Ltmp6954:
# %bb.1177:
	#DEBUG_VALUE: i <- 588
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6955:
.Ltmp6956:
	w1 += 588
	w2 = w1
.Ltmp6957:
.Ltmp6958:
LBB0_1178:
	#DEBUG_VALUE: i <- 588
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4123
.Ltmp6959:
.Ltmp6960:
	#DEBUG_VALUE: i <- 589
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6961:
	w3 = w2
	w3 &= 8192
.Ltmp6962:
.Ltmp6963:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6964:
	if w3 == 0 goto LBB0_1180
.Ltmp6965:
.Ltmp6966:
# %bb.1179:
	#DEBUG_VALUE: i <- 589
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6967:
.Ltmp6968:
	w2 += 589
	w1 = w2
.Ltmp6969:
.Ltmp6970:
LBB0_1180:
	#DEBUG_VALUE: i <- 589
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4130
.Ltmp6971:
.Ltmp6972:
	#DEBUG_VALUE: i <- 590
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6973:
	w3 = w1
	w3 &= 16384
.Ltmp6974:
.Ltmp6975:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6976:
	if w3 == 0 goto LBB0_1182
.Ltmp6977:
.Ltmp6978:
# %bb.1181:
	#DEBUG_VALUE: i <- 590
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp6979:
.Ltmp6980:
	w1 += 590
	w2 = w1
.Ltmp6981:
.Ltmp6982:
LBB0_1182:
	#DEBUG_VALUE: i <- 590
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4137
.Ltmp6983:
.Ltmp6984:
	#DEBUG_VALUE: i <- 591
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6985:
	w3 = w2
	w3 &= 32768
.Ltmp6986:
.Ltmp6987:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp6988:
	if w3 == 0 goto LBB0_1184
.Ltmp6989:
.Ltmp6990:
# %bb.1183:
	#DEBUG_VALUE: i <- 591
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp6991:
.Ltmp6992:
	w2 += 591
	w1 = w2
.Ltmp6993:
.Ltmp6994:
LBB0_1184:
	#DEBUG_VALUE: i <- 591
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4144
.Ltmp6995:
.Ltmp6996:
	#DEBUG_VALUE: i <- 592
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp6997:
	w3 = w1
	w3 &= 65536
.Ltmp6998:
.Ltmp6999:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7000:
	if w3 == 0 goto LBB0_1186
.Ltmp7001:
.Ltmp7002:
# %bb.1185:
	#DEBUG_VALUE: i <- 592
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp7003:
.Ltmp7004:
	w1 += 592
	w2 = w1
.Ltmp7005:
.Ltmp7006:
LBB0_1186:
	#DEBUG_VALUE: i <- 592
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4151
.Ltmp7007:
.Ltmp7008:
	#DEBUG_VALUE: i <- 593
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7009:
	w3 = w2
	w3 &= 131072
.Ltmp7010:
.Ltmp7011:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7012:
	if w3 == 0 goto LBB0_1188
.Ltmp7013:
.Ltmp7014:
# %bb.1187:
	#DEBUG_VALUE: i <- 593
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp7015:
.Ltmp7016:
	w2 += 593
	w1 = w2
.Ltmp7017:
.Ltmp7018:
LBB0_1188:
	#DEBUG_VALUE: i <- 593
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4158
.Ltmp7019:
.Ltmp7020:
	#DEBUG_VALUE: i <- 594
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7021:
	w3 = w1
	w3 &= 262144
.Ltmp7022:
.Ltmp7023:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7024:
	if w3 == 0 goto LBB0_1190
.Ltmp7025:
.Ltmp7026:
# %bb.1189:
	#DEBUG_VALUE: i <- 594
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp7027:
.Ltmp7028:
	w1 += 594
	w2 = w1
.Ltmp7029:
.Ltmp7030:
LBB0_1190:
	#DEBUG_VALUE: i <- 594
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4165
.Ltmp7031:
.Ltmp7032:
	#DEBUG_VALUE: i <- 595
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7033:
	w3 = w2
	w3 &= 524288
.Ltmp7034:
.Ltmp7035:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7036:
	if w3 == 0 goto LBB0_1192
.Ltmp7037:
.Ltmp7038:
# %bb.1191:
	#DEBUG_VALUE: i <- 595
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp7039:
.Ltmp7040:
	w2 += 595
	w1 = w2
.Ltmp7041:
.Ltmp7042:
LBB0_1192:
	#DEBUG_VALUE: i <- 595
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4172
.Ltmp7043:
.Ltmp7044:
	#DEBUG_VALUE: i <- 596
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7045:
	w3 = w1
	w3 &= 1048576
.Ltmp7046:
.Ltmp7047:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7048:
	if w3 == 0 goto LBB0_1194
.Ltmp7049:
.Ltmp7050:
# %bb.1193:
	#DEBUG_VALUE: i <- 596
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp7051:
.Ltmp7052:
	w1 += 596
	w2 = w1
.Ltmp7053:
.Ltmp7054:
LBB0_1194:
	#DEBUG_VALUE: i <- 596
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w1 = w2
	w1 ^= 4179
.Ltmp7055:
.Ltmp7056:
	#DEBUG_VALUE: i <- 597
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7057:
	w3 = w2
	w3 &= 2097152
.Ltmp7058:
.Ltmp7059:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7060:
	if w3 == 0 goto LBB0_1196
.Ltmp7061:
.Ltmp7062:
# %bb.1195:
	#DEBUG_VALUE: i <- 597
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp7063:
.Ltmp7064:
	w2 += 597
	w1 = w2
.Ltmp7065:
.Ltmp7066:
LBB0_1196:
	#DEBUG_VALUE: i <- 597
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 5 39                          # 24_gotol.c:5:39
	w2 = w1
	w2 ^= 4186
.Ltmp7067:
.Ltmp7068:
	#DEBUG_VALUE: i <- 598
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7069:
	w3 = w1
	w3 &= 4194304
.Ltmp7070:
.Ltmp7071:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7072:
	if w3 == 0 goto LBB0_1198
.Ltmp7073:
.Ltmp7074:
# %bb.1197:
	#DEBUG_VALUE: i <- 598
	#DEBUG_VALUE: far:x <- $w1
	.loc	0 0 39                          # 24_gotol.c:0:39
	w1 *= 33
.Ltmp7075:
.Ltmp7076:
	w1 += 598
	w2 = w1
.Ltmp7077:
.Ltmp7078:
LBB0_1198:
	#DEBUG_VALUE: i <- 598
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 5 39                          # 24_gotol.c:5:39
	w0 = w2
	w0 ^= 4193
.Ltmp7079:
.Ltmp7080:
	#DEBUG_VALUE: i <- 599
	.loc	0 5 41                          # 24_gotol.c:5:41
.Ltmp7081:
	w1 = w2
	w1 &= 8388608
.Ltmp7082:
.Ltmp7083:
	.loc	0 5 39                          # 24_gotol.c:5:39
.Ltmp7084:
	if w1 == 0 goto LBB0_1200
.Ltmp7085:
.Ltmp7086:
# %bb.1199:
	#DEBUG_VALUE: i <- 599
	#DEBUG_VALUE: far:x <- $w2
	.loc	0 0 39                          # 24_gotol.c:0:39
	w2 *= 33
.Ltmp7087:
.Ltmp7088:
	w2 += 599
	w0 = w2
LBB0_1200:
.Ltmp7089:
.Ltmp7090:
	#DEBUG_VALUE: far:x <- $w0
	#DEBUG_VALUE: i <- 600
	.loc	0 6 3 is_stmt 1                 # 24_gotol.c:6:3
.Ltmp7091:
	exit
.Ltmp7092:
.Ltmp7093:
.Lfunc_end0:
	.size	far, .Lfunc_end0-far
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
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp1-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp11-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp11-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	1                               # 1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp35-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	2                               # 2
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp35-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	3                               # 3
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp47-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp59-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	4                               # 4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp59-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp71-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	5                               # 5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp83-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	6                               # 6
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp83-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp95-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	7                               # 7
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp95-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp107-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	8                               # 8
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp107-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp119-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	9                               # 9
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp119-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp131-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	10                              # 10
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp131-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	11                              # 11
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp143-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp155-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	12                              # 12
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp155-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp167-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	13                              # 13
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp167-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp179-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	14                              # 14
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp179-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp191-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	15                              # 15
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp191-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp203-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	16                              # 16
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp203-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp215-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	17                              # 17
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp215-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp227-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	18                              # 18
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp227-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp239-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	19                              # 19
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp239-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp251-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	20                              # 20
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp251-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp263-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	21                              # 21
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp263-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp275-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	22                              # 22
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp275-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp287-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	23                              # 23
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp287-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp299-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	24                              # 24
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp299-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp311-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	25                              # 25
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp311-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp323-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	26                              # 26
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp323-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp335-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	27                              # 27
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp335-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp347-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	28                              # 28
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp347-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp359-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	29                              # 29
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp359-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp369-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	30                              # 30
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp369-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp377-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	31                              # 31
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp377-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp389-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	32                              # 32
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp389-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp401-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	33                              # 33
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp401-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp413-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	34                              # 34
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp413-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp425-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	35                              # 35
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp425-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp437-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	36                              # 36
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp437-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp449-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	37                              # 37
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp449-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp461-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	38                              # 38
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp461-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp473-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	39                              # 39
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp473-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp485-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	40                              # 40
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp485-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp497-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	41                              # 41
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp497-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp509-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	42                              # 42
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp509-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp521-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	43                              # 43
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp521-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp533-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	44                              # 44
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp533-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp545-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	45                              # 45
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp545-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp557-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	46                              # 46
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp557-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp569-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	47                              # 47
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp569-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp581-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	48                              # 48
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp581-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp593-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	49                              # 49
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp593-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp605-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	50                              # 50
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp605-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp617-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	51                              # 51
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp617-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp629-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	52                              # 52
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp629-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp641-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	53                              # 53
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp641-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp653-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	54                              # 54
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp653-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp665-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	55                              # 55
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp665-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp677-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	56                              # 56
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp677-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp689-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	57                              # 57
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp689-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp701-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	58                              # 58
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp701-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp713-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	59                              # 59
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp713-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp725-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	60                              # 60
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp725-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp737-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	61                              # 61
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp737-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp747-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	62                              # 62
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp747-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp755-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	63                              # 63
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp755-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp767-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	192                             # 64
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp767-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp779-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	193                             # 65
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp779-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp791-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	194                             # 66
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp791-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp803-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	195                             # 67
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp803-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp815-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	196                             # 68
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp815-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp827-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	197                             # 69
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp827-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp839-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	198                             # 70
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp839-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp851-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	199                             # 71
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp851-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp863-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	200                             # 72
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp863-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp875-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	201                             # 73
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp875-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp887-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	202                             # 74
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp887-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp899-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	203                             # 75
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp899-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp911-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	204                             # 76
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp911-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp923-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	205                             # 77
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp923-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp935-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	206                             # 78
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp935-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp947-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	207                             # 79
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp947-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp959-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	208                             # 80
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp959-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp971-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	209                             # 81
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp971-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp983-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	210                             # 82
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp983-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp995-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	211                             # 83
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp995-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp1007-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	212                             # 84
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1007-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1019-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	213                             # 85
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1019-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1031-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	214                             # 86
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1031-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1043-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	215                             # 87
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1043-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1055-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	216                             # 88
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1055-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1067-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	217                             # 89
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1067-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1079-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	218                             # 90
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1079-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1091-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	219                             # 91
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1091-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1103-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	220                             # 92
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1103-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1115-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	221                             # 93
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1115-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1125-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	222                             # 94
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1125-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1133-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	223                             # 95
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1133-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1145-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	224                             # 96
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1145-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1157-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	225                             # 97
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1157-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1169-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	226                             # 98
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1169-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1181-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	227                             # 99
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1181-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1193-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	228                             # 100
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1193-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1205-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	229                             # 101
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1205-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1217-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	230                             # 102
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1217-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1229-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	231                             # 103
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1229-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1241-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	232                             # 104
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1241-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1253-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	233                             # 105
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1253-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1265-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	234                             # 106
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1265-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1277-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	235                             # 107
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1277-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1289-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	236                             # 108
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1289-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1301-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	237                             # 109
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1301-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1313-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	238                             # 110
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1313-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1325-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	239                             # 111
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1325-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1337-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	240                             # 112
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1337-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1349-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	241                             # 113
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1349-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1361-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	242                             # 114
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1361-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1373-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	243                             # 115
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1373-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1385-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	244                             # 116
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1385-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1397-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	245                             # 117
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1397-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1409-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	246                             # 118
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1409-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1421-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	247                             # 119
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1421-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1433-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	248                             # 120
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1433-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1445-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	249                             # 121
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1445-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1457-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	250                             # 122
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1457-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1469-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	251                             # 123
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1469-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1481-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	252                             # 124
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1481-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1493-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	253                             # 125
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1493-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1503-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	254                             # 126
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1503-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1511-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	255                             # 127
	.byte	0                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1511-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1523-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	128                             # 128
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1523-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1535-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	129                             # 129
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1535-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1547-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	130                             # 130
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1547-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1559-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	131                             # 131
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1559-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1571-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	132                             # 132
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1571-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1583-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	133                             # 133
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1583-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1595-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	134                             # 134
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1595-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1607-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	135                             # 135
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1607-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1619-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	136                             # 136
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1619-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1631-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	137                             # 137
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1631-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1643-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	138                             # 138
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1643-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1655-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	139                             # 139
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1655-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1667-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	140                             # 140
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1667-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1679-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	141                             # 141
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1679-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1691-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	142                             # 142
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1691-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1703-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	143                             # 143
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1703-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1715-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	144                             # 144
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1715-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1727-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	145                             # 145
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1727-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1739-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	146                             # 146
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1739-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1751-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	147                             # 147
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1751-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1763-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	148                             # 148
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1763-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1775-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	149                             # 149
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1775-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1787-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	150                             # 150
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1787-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1799-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	151                             # 151
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1799-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1811-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	152                             # 152
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1811-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1823-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	153                             # 153
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1823-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1835-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	154                             # 154
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1835-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1847-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	155                             # 155
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1847-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1859-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	156                             # 156
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1859-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1871-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	157                             # 157
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1871-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1881-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	158                             # 158
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1881-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1889-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	159                             # 159
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1889-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1901-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	160                             # 160
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1901-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1913-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	161                             # 161
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1913-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1925-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	162                             # 162
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1925-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1937-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	163                             # 163
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1937-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1949-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	164                             # 164
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1949-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1961-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	165                             # 165
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1961-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1973-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	166                             # 166
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1973-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1985-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	167                             # 167
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1985-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1997-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	168                             # 168
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1997-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2009-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	169                             # 169
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2009-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2021-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	170                             # 170
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2021-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2033-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	171                             # 171
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2033-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2045-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	172                             # 172
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2045-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2057-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	173                             # 173
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2057-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2069-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	174                             # 174
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2069-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2081-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	175                             # 175
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2081-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2093-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	176                             # 176
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2093-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2105-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	177                             # 177
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2105-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2117-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	178                             # 178
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2117-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2129-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	179                             # 179
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2129-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2141-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	180                             # 180
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2141-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2153-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	181                             # 181
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2153-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2165-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	182                             # 182
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2165-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2177-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	183                             # 183
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2177-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2189-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	184                             # 184
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2189-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2201-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	185                             # 185
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2201-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2213-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	186                             # 186
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2213-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2225-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	187                             # 187
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2225-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2237-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	188                             # 188
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2237-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2249-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	189                             # 189
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2249-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2259-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	190                             # 190
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2259-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2267-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	191                             # 191
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2267-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2279-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	192                             # 192
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2279-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2291-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	193                             # 193
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2291-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2303-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	194                             # 194
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2303-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2315-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	195                             # 195
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2315-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2327-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	196                             # 196
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2327-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2339-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	197                             # 197
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2339-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2351-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	198                             # 198
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2351-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2363-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	199                             # 199
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2363-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2375-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	200                             # 200
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2375-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2387-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	201                             # 201
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2387-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2399-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	202                             # 202
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2399-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2411-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	203                             # 203
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2411-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2423-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	204                             # 204
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2423-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2435-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	205                             # 205
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2435-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2447-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	206                             # 206
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2447-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2459-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	207                             # 207
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2459-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2471-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	208                             # 208
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2471-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2483-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	209                             # 209
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2483-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2495-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	210                             # 210
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2495-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2507-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	211                             # 211
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2507-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2519-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	212                             # 212
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2519-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2531-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	213                             # 213
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2531-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2543-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	214                             # 214
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2543-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2555-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	215                             # 215
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2555-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2567-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	216                             # 216
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2567-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2579-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	217                             # 217
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2579-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2591-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	218                             # 218
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2591-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2603-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	219                             # 219
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2603-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2615-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	220                             # 220
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2615-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2627-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	221                             # 221
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2627-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2637-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	222                             # 222
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2637-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2645-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	223                             # 223
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2645-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2657-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	224                             # 224
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2657-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2669-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	225                             # 225
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2669-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2681-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	226                             # 226
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2681-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2693-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	227                             # 227
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2693-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2705-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	228                             # 228
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2705-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2717-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	229                             # 229
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2717-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2729-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	230                             # 230
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2729-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2741-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	231                             # 231
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2741-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2753-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	232                             # 232
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2753-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2765-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	233                             # 233
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2765-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2777-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	234                             # 234
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2777-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2789-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	235                             # 235
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2789-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2801-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	236                             # 236
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2801-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2813-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	237                             # 237
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2813-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2825-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	238                             # 238
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2825-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2837-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	239                             # 239
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2837-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2849-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	240                             # 240
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2849-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2861-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	241                             # 241
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2861-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2873-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	242                             # 242
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2873-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2885-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	243                             # 243
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2885-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2897-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	244                             # 244
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2897-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2909-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	245                             # 245
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2909-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2921-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	246                             # 246
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2921-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2933-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	247                             # 247
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2933-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2945-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	248                             # 248
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2945-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2957-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	249                             # 249
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2957-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2969-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	250                             # 250
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2969-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2981-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	251                             # 251
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2981-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2993-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	252                             # 252
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2993-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3005-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	253                             # 253
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3005-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3015-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	254                             # 254
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3015-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3023-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	255                             # 255
	.byte	1                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3023-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3035-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	128                             # 256
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3035-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3047-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	129                             # 257
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3047-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3059-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	130                             # 258
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3059-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3071-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	131                             # 259
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3071-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3083-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	132                             # 260
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3083-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3095-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	133                             # 261
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3095-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3107-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	134                             # 262
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3107-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3119-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	135                             # 263
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3119-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3131-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	136                             # 264
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3131-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3143-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	137                             # 265
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3143-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3155-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	138                             # 266
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3155-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3167-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	139                             # 267
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3167-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3179-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	140                             # 268
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3179-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3191-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	141                             # 269
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3191-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3203-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	142                             # 270
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3203-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3215-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	143                             # 271
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3215-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3227-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	144                             # 272
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3227-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3239-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	145                             # 273
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3239-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3251-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	146                             # 274
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3251-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3263-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	147                             # 275
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3263-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3275-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	148                             # 276
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3275-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3287-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	149                             # 277
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3287-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3299-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	150                             # 278
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3299-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3311-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	151                             # 279
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3311-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3323-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	152                             # 280
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3323-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3335-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	153                             # 281
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3335-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3347-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	154                             # 282
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3347-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3359-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	155                             # 283
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3359-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3371-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	156                             # 284
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3371-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3383-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	157                             # 285
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3383-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3393-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	158                             # 286
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3393-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3401-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	159                             # 287
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3401-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3413-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	160                             # 288
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3413-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3425-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	161                             # 289
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3425-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3437-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	162                             # 290
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3437-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3449-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	163                             # 291
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3449-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3461-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	164                             # 292
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3461-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3473-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	165                             # 293
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3473-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3485-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	166                             # 294
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3485-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3497-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	167                             # 295
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3497-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3509-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	168                             # 296
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3509-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3521-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	169                             # 297
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3521-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3533-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	170                             # 298
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3533-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3545-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	171                             # 299
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3545-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3557-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	172                             # 300
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3557-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3569-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	173                             # 301
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3569-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3581-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	174                             # 302
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3581-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3593-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	175                             # 303
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3593-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3605-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	176                             # 304
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3605-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3617-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	177                             # 305
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3617-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3629-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	178                             # 306
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3629-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3641-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	179                             # 307
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3641-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3653-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	180                             # 308
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3653-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3665-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	181                             # 309
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3665-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3677-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	182                             # 310
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3677-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3689-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	183                             # 311
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3689-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3701-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	184                             # 312
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3701-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3713-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	185                             # 313
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3713-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3725-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	186                             # 314
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3725-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3737-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	187                             # 315
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3737-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3749-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	188                             # 316
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3749-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3761-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	189                             # 317
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3761-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3771-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	190                             # 318
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3771-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3779-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	191                             # 319
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3779-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3791-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	192                             # 320
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3791-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3803-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	193                             # 321
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3803-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3815-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	194                             # 322
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3815-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3827-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	195                             # 323
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3827-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3839-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	196                             # 324
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3839-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3851-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	197                             # 325
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3851-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3863-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	198                             # 326
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3863-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3875-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	199                             # 327
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3875-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3887-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	200                             # 328
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3887-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3899-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	201                             # 329
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3899-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3911-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	202                             # 330
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3911-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3923-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	203                             # 331
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3923-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3935-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	204                             # 332
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3935-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3947-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	205                             # 333
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3947-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3959-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	206                             # 334
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3959-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3971-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	207                             # 335
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3971-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3983-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	208                             # 336
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3983-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3995-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	209                             # 337
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3995-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4007-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	210                             # 338
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4007-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4019-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	211                             # 339
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4019-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4031-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	212                             # 340
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4031-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4043-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	213                             # 341
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4043-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4055-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	214                             # 342
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4055-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4067-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	215                             # 343
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4067-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4079-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	216                             # 344
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4079-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4091-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	217                             # 345
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4091-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4103-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	218                             # 346
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4103-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4115-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	219                             # 347
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4115-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4127-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	220                             # 348
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4127-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4139-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	221                             # 349
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4139-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4149-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	222                             # 350
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4149-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4157-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	223                             # 351
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4157-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4169-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	224                             # 352
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4169-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4181-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	225                             # 353
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4181-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4193-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	226                             # 354
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4193-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4205-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	227                             # 355
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4205-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4217-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	228                             # 356
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4217-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4229-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	229                             # 357
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4229-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4241-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	230                             # 358
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4241-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4253-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	231                             # 359
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4253-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4265-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	232                             # 360
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4265-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4277-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	233                             # 361
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4277-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4289-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	234                             # 362
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4289-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4301-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	235                             # 363
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4301-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4313-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	236                             # 364
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4313-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4325-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	237                             # 365
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4325-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4337-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	238                             # 366
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4337-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4349-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	239                             # 367
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4349-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4361-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	240                             # 368
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4361-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4373-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	241                             # 369
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4373-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4385-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	242                             # 370
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4385-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4397-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	243                             # 371
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4397-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4409-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	244                             # 372
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4409-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4421-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	245                             # 373
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4421-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4433-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	246                             # 374
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4433-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4445-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	247                             # 375
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4445-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4457-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	248                             # 376
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4457-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4469-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	249                             # 377
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4469-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4481-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	250                             # 378
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4481-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4493-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	251                             # 379
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4493-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4505-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	252                             # 380
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4505-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4517-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	253                             # 381
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4517-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4527-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	254                             # 382
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4527-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4535-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	255                             # 383
	.byte	2                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4535-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4547-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	128                             # 384
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4547-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4559-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	129                             # 385
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4559-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4571-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	130                             # 386
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4571-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4583-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	131                             # 387
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4583-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4595-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	132                             # 388
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4595-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4607-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	133                             # 389
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4607-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4619-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	134                             # 390
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4619-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4631-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	135                             # 391
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4631-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4643-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	136                             # 392
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4643-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4655-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	137                             # 393
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4655-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4667-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	138                             # 394
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4667-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4679-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	139                             # 395
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4679-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4691-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	140                             # 396
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4691-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4703-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	141                             # 397
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4703-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4715-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	142                             # 398
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4715-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4727-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	143                             # 399
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4727-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4739-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	144                             # 400
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4739-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4751-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	145                             # 401
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4751-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4763-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	146                             # 402
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4763-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4775-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	147                             # 403
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4775-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4787-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	148                             # 404
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4787-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4799-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	149                             # 405
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4799-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4811-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	150                             # 406
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4811-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4823-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	151                             # 407
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4823-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4835-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	152                             # 408
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4835-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4847-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	153                             # 409
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4847-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4859-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	154                             # 410
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4859-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4871-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	155                             # 411
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4871-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4883-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	156                             # 412
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4883-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4895-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	157                             # 413
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4895-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4905-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	158                             # 414
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4905-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4913-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	159                             # 415
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4913-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4925-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	160                             # 416
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4925-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4937-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	161                             # 417
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4937-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4949-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	162                             # 418
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4949-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4961-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	163                             # 419
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4961-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4973-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	164                             # 420
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4973-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4985-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	165                             # 421
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4985-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4997-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	166                             # 422
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4997-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5009-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	167                             # 423
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5009-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5021-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	168                             # 424
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5021-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5033-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	169                             # 425
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5033-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5045-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	170                             # 426
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5045-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5057-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	171                             # 427
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5057-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5069-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	172                             # 428
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5069-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5081-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	173                             # 429
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5081-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5093-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	174                             # 430
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5093-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5105-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	175                             # 431
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5105-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5117-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	176                             # 432
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5117-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5129-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	177                             # 433
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5129-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5141-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	178                             # 434
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5141-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5153-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	179                             # 435
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5153-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5165-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	180                             # 436
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5165-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5177-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	181                             # 437
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5177-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5189-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	182                             # 438
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5189-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5201-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	183                             # 439
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5201-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5213-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	184                             # 440
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5213-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5225-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	185                             # 441
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5225-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5237-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	186                             # 442
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5237-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5249-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	187                             # 443
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5249-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5261-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	188                             # 444
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5261-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5273-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	189                             # 445
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5273-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5283-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	190                             # 446
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5283-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5291-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	191                             # 447
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5291-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5303-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	192                             # 448
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5303-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5315-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	193                             # 449
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5315-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5327-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	194                             # 450
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5327-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5339-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	195                             # 451
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5339-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5351-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	196                             # 452
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5351-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5363-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	197                             # 453
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5363-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5375-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	198                             # 454
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5375-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5387-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	199                             # 455
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5387-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5399-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	200                             # 456
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5399-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5411-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	201                             # 457
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5411-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5423-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	202                             # 458
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5423-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5435-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	203                             # 459
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5435-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5447-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	204                             # 460
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5447-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5459-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	205                             # 461
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5459-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5471-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	206                             # 462
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5471-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5483-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	207                             # 463
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5483-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5495-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	208                             # 464
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5495-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5507-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	209                             # 465
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5507-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5519-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	210                             # 466
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5519-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5531-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	211                             # 467
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5531-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5543-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	212                             # 468
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5543-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5555-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	213                             # 469
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5555-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5567-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	214                             # 470
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5567-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5579-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	215                             # 471
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5579-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5591-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	216                             # 472
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5591-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5603-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	217                             # 473
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5603-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5615-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	218                             # 474
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5615-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5627-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	219                             # 475
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5627-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5639-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	220                             # 476
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5639-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5651-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	221                             # 477
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5651-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5661-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	222                             # 478
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5661-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5669-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	223                             # 479
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5669-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5681-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	224                             # 480
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5681-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5693-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	225                             # 481
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5693-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5705-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	226                             # 482
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5705-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5717-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	227                             # 483
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5717-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5729-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	228                             # 484
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5729-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5741-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	229                             # 485
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5741-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5753-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	230                             # 486
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5753-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5765-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	231                             # 487
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5765-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5777-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	232                             # 488
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5777-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5789-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	233                             # 489
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5789-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5801-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	234                             # 490
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5801-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5813-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	235                             # 491
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5813-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5825-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	236                             # 492
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5825-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5837-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	237                             # 493
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5837-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5849-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	238                             # 494
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5849-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5861-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	239                             # 495
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5861-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5873-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	240                             # 496
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5873-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5885-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	241                             # 497
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5885-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5897-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	242                             # 498
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5897-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5909-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	243                             # 499
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5909-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5921-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	244                             # 500
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5921-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5933-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	245                             # 501
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5933-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5945-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	246                             # 502
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5945-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5957-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	247                             # 503
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5957-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5969-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	248                             # 504
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5969-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5981-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	249                             # 505
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5981-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5993-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	250                             # 506
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5993-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6005-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	251                             # 507
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6005-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6017-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	252                             # 508
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6017-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6029-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	253                             # 509
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6029-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6039-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	254                             # 510
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6039-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6047-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	255                             # 511
	.byte	3                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6047-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6059-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	128                             # 512
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6059-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6071-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	129                             # 513
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6071-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6083-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	130                             # 514
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6083-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6095-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	131                             # 515
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6095-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6107-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	132                             # 516
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6107-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6119-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	133                             # 517
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6119-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6131-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	134                             # 518
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6131-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6143-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	135                             # 519
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6143-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6155-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	136                             # 520
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6155-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6167-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	137                             # 521
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6167-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6179-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	138                             # 522
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6179-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6191-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	139                             # 523
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6191-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6203-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	140                             # 524
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6203-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6215-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	141                             # 525
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6215-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6227-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	142                             # 526
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6227-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6239-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	143                             # 527
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6239-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6251-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	144                             # 528
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6251-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6263-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	145                             # 529
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6263-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6275-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	146                             # 530
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6275-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6287-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	147                             # 531
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6287-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6299-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	148                             # 532
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6299-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6311-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	149                             # 533
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6311-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6323-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	150                             # 534
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6323-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6335-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	151                             # 535
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6335-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6347-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	152                             # 536
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6347-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6359-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	153                             # 537
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6359-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6371-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	154                             # 538
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6371-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6383-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	155                             # 539
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6383-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6395-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	156                             # 540
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6395-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6407-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	157                             # 541
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6407-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6417-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	158                             # 542
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6417-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6425-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	159                             # 543
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6425-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6437-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	160                             # 544
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6437-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6449-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	161                             # 545
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6449-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6461-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	162                             # 546
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6461-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6473-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	163                             # 547
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6473-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6485-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	164                             # 548
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6485-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6497-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	165                             # 549
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6497-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6509-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	166                             # 550
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6509-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6521-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	167                             # 551
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6521-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6533-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	168                             # 552
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6533-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6545-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	169                             # 553
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6545-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6557-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	170                             # 554
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6557-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6569-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	171                             # 555
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6569-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6581-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	172                             # 556
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6581-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6593-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	173                             # 557
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6593-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6605-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	174                             # 558
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6605-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6617-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	175                             # 559
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6617-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6629-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	176                             # 560
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6629-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6641-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	177                             # 561
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6641-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6653-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	178                             # 562
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6653-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6665-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	179                             # 563
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6665-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6677-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	180                             # 564
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6677-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6689-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	181                             # 565
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6689-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6701-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	182                             # 566
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6701-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6713-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	183                             # 567
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6713-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6725-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	184                             # 568
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6725-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6737-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	185                             # 569
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6737-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6749-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	186                             # 570
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6749-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6761-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	187                             # 571
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6761-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6773-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	188                             # 572
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6773-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6785-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	189                             # 573
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6785-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6795-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	190                             # 574
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6795-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6803-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	191                             # 575
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6803-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6815-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	192                             # 576
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6815-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6827-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	193                             # 577
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6827-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6839-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	194                             # 578
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6839-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6851-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	195                             # 579
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6851-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6863-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	196                             # 580
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6863-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6875-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	197                             # 581
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6875-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6887-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	198                             # 582
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6887-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6899-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	199                             # 583
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6899-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6911-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	200                             # 584
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6911-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6923-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	201                             # 585
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6923-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6935-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	202                             # 586
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6935-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6947-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	203                             # 587
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6947-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6959-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	204                             # 588
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6959-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6971-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	205                             # 589
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6971-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6983-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	206                             # 590
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6983-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6995-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	207                             # 591
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6995-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7007-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	208                             # 592
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7007-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7019-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	209                             # 593
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7019-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7031-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	210                             # 594
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7031-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7043-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	211                             # 595
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7043-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7055-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	212                             # 596
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7055-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7067-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	213                             # 597
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7067-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7079-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	214                             # 598
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7079-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7085-.Lfunc_begin0        #   ending offset
	.byte	4                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	215                             # 599
	.byte	4                               # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp19-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp21-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp33-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp43-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp45-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp55-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp57-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp67-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp69-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp79-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp81-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp91-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp93-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp103-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp105-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp115-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp117-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp127-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp129-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp139-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp141-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp151-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp153-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp163-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp165-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp175-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp177-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp187-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp189-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp199-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp201-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp211-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp213-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp223-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp225-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp235-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp237-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp247-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp249-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp259-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp261-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp271-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp273-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp283-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp285-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp295-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp297-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp307-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp309-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp319-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp321-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp331-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp333-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp343-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp345-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp355-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp357-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp367-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp369-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp373-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp375-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp385-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp387-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp397-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp399-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp409-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp411-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp421-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp423-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp433-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp435-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp445-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp447-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp457-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp459-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp469-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp471-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp481-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp483-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp493-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp495-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp505-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp507-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp517-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp519-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp529-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp531-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp541-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp543-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp553-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp555-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp565-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp567-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp577-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp579-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp589-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp591-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp601-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp603-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp613-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp615-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp625-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp627-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp637-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp639-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp649-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp651-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp661-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp663-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp673-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp675-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp685-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp687-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp697-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp699-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp709-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp711-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp721-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp723-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp733-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp735-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp745-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp747-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp751-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp753-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp763-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp765-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp775-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp777-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp787-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp789-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp799-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp801-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp811-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp813-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp823-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp825-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp835-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp837-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp847-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp849-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp859-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp861-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp871-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp873-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp883-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp885-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp895-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp897-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp907-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp909-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp919-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp921-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp931-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp933-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp943-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp945-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp955-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp957-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp967-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp969-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp979-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp981-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp991-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp993-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp1003-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1005-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1015-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1017-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1027-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1029-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1039-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1041-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1051-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1053-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1063-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1065-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1075-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1077-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1087-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1089-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1099-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1101-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1111-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1113-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1123-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1125-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1129-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1131-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1141-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1143-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1153-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1155-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1165-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1167-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1177-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1179-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1189-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1191-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1201-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1203-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1213-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1215-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1225-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1227-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1237-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1239-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1249-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1251-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1261-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1263-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1273-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1275-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1285-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1287-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1297-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1299-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1309-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1311-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1321-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1323-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1333-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1335-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1345-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1347-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1357-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1359-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1369-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1371-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1381-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1383-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1393-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1395-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1405-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1407-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1417-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1419-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1429-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1431-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1441-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1443-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1453-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1455-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1465-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1467-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1477-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1479-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1489-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1491-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1501-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1503-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1507-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1509-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1519-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1521-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1531-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1533-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1543-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1545-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1555-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1557-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1567-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1569-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1579-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1581-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1591-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1593-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1603-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1605-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1615-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1617-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1627-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1629-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1639-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1641-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1651-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1653-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1663-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1665-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1675-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1677-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1687-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1689-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1699-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1701-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1711-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1713-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1723-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1725-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1735-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1737-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1747-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1749-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1759-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1761-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1771-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1773-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1783-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1785-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1795-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1797-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1807-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1809-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1819-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1821-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1831-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1833-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1843-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1845-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1855-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1857-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1867-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1869-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1879-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1881-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1885-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1887-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1897-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1899-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1909-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1911-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1921-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1923-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1933-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1935-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1945-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1947-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1957-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1959-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1969-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1971-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1981-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1983-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp1993-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1995-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2005-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2007-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2017-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2019-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2029-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2031-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2041-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2043-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2053-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2055-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2065-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2067-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2077-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2079-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2089-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2091-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2101-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2103-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2113-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2115-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2125-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2127-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2137-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2139-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2149-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2151-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2161-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2163-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2173-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2175-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2185-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2187-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2197-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2199-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2209-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2211-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2221-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2223-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2233-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2235-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2245-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2247-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2257-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2259-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2263-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2265-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2275-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2277-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2287-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2289-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2299-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2301-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2311-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2313-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2323-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2325-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2335-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2337-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2347-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2349-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2359-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2361-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2371-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2373-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2383-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2385-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2395-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2397-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2407-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2409-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2419-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2421-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2431-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2433-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2443-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2445-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2455-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2457-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2467-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2469-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2479-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2481-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2491-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2493-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2503-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2505-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2515-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2517-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2527-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2529-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2539-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2541-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2551-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2553-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2563-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2565-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2575-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2577-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2587-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2589-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2599-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2601-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2611-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2613-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2623-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2625-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2635-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2637-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2641-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2643-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2653-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2655-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2665-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2667-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2677-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2679-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2689-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2691-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2701-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2703-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2713-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2715-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2725-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2727-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2737-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2739-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2749-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2751-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2761-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2763-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2773-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2775-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2785-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2787-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2797-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2799-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2809-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2811-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2821-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2823-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2833-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2835-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2845-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2847-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2857-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2859-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2869-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2871-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2881-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2883-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2893-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2895-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2905-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2907-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2917-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2919-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2929-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2931-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2941-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2943-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2953-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2955-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2965-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2967-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2977-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2979-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp2989-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2991-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3001-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3003-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3013-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3015-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3019-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3021-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3031-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3033-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3043-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3045-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3055-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3057-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3067-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3069-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3079-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3081-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3091-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3093-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3103-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3105-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3115-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3117-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3127-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3129-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3139-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3141-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3151-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3153-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3163-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3165-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3175-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3177-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3187-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3189-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3199-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3201-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3211-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3213-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3223-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3225-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3235-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3237-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3247-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3249-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3259-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3261-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3271-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3273-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3283-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3285-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3295-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3297-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3307-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3309-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3319-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3321-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3331-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3333-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3343-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3345-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3355-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3357-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3367-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3369-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3379-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3381-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3391-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3393-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3397-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3399-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3409-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3411-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3421-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3423-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3433-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3435-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3445-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3447-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3457-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3459-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3469-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3471-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3481-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3483-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3493-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3495-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3505-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3507-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3517-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3519-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3529-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3531-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3541-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3543-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3553-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3555-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3565-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3567-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3577-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3579-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3589-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3591-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3601-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3603-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3613-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3615-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3625-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3627-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3637-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3639-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3649-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3651-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3661-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3663-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3673-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3675-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3685-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3687-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3697-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3699-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3709-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3711-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3721-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3723-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3733-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3735-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3745-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3747-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3757-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3759-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3769-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3771-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3775-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3777-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3787-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3789-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3799-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3801-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3811-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3813-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3823-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3825-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3835-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3837-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3847-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3849-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3859-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3861-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3871-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3873-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3883-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3885-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3895-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3897-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3907-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3909-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3919-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3921-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3931-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3933-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3943-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3945-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3955-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3957-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3967-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3969-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3979-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3981-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp3991-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3993-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4003-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4005-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4015-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4017-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4027-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4029-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4039-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4041-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4051-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4053-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4063-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4065-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4075-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4077-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4087-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4089-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4099-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4101-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4111-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4113-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4123-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4125-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4135-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4137-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4147-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4149-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4153-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4155-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4165-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4167-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4177-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4179-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4189-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4191-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4201-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4203-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4213-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4215-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4225-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4227-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4237-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4239-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4249-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4251-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4261-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4263-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4273-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4275-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4285-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4287-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4297-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4299-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4309-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4311-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4321-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4323-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4333-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4335-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4345-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4347-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4357-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4359-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4369-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4371-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4381-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4383-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4393-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4395-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4405-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4407-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4417-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4419-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4429-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4431-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4441-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4443-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4453-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4455-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4465-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4467-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4477-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4479-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4489-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4491-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4501-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4503-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4513-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4515-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4525-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4527-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4531-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4533-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4543-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4545-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4555-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4557-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4567-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4569-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4579-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4581-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4591-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4593-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4603-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4605-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4615-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4617-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4627-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4629-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4639-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4641-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4651-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4653-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4663-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4665-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4675-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4677-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4687-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4689-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4699-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4701-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4711-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4713-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4723-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4725-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4735-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4737-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4747-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4749-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4759-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4761-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4771-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4773-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4783-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4785-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4795-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4797-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4807-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4809-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4819-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4821-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4831-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4833-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4843-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4845-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4855-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4857-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4867-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4869-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4879-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4881-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4891-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4893-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4903-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4905-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4909-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4911-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4921-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4923-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4933-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4935-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4945-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4947-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4957-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4959-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4969-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4971-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4981-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4983-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp4993-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4995-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5005-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5007-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5017-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5019-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5029-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5031-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5041-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5043-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5053-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5055-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5065-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5067-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5077-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5079-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5089-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5091-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5101-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5103-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5113-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5115-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5125-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5127-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5137-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5139-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5149-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5151-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5161-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5163-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5173-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5175-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5185-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5187-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5197-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5199-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5209-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5211-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5221-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5223-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5233-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5235-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5245-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5247-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5257-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5259-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5269-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5271-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5281-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5283-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5287-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5289-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5299-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5301-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5311-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5313-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5323-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5325-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5335-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5337-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5347-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5349-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5359-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5361-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5371-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5373-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5383-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5385-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5395-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5397-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5407-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5409-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5419-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5421-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5431-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5433-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5443-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5445-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5455-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5457-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5467-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5469-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5479-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5481-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5491-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5493-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5503-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5505-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5515-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5517-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5527-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5529-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5539-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5541-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5551-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5553-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5563-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5565-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5575-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5577-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5587-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5589-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5599-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5601-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5611-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5613-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5623-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5625-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5635-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5637-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5647-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5649-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5659-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5661-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5665-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5667-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5677-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5679-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5689-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5691-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5701-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5703-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5713-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5715-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5725-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5727-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5737-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5739-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5749-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5751-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5761-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5763-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5773-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5775-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5785-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5787-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5797-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5799-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5809-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5811-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5821-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5823-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5833-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5835-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5845-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5847-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5857-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5859-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5869-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5871-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5881-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5883-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5893-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5895-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5905-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5907-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5917-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5919-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5929-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5931-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5941-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5943-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5953-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5955-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5965-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5967-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5977-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5979-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp5989-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5991-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6001-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6003-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6013-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6015-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6025-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6027-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6037-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6039-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6043-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6045-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6055-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6057-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6067-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6069-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6079-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6081-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6091-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6093-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6103-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6105-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6115-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6117-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6127-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6129-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6139-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6141-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6151-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6153-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6163-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6165-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6175-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6177-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6187-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6189-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6199-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6201-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6211-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6213-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6223-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6225-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6235-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6237-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6247-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6249-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6259-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6261-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6271-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6273-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6283-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6285-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6295-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6297-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6307-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6309-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6319-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6321-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6331-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6333-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6343-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6345-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6355-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6357-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6367-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6369-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6379-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6381-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6391-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6393-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6403-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6405-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6415-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6417-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6421-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6423-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6433-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6435-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6445-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6447-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6457-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6459-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6469-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6471-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6481-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6483-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6493-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6495-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6505-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6507-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6517-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6519-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6529-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6531-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6541-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6543-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6553-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6555-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6565-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6567-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6577-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6579-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6589-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6591-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6601-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6603-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6613-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6615-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6625-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6627-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6637-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6639-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6649-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6651-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6661-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6663-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6673-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6675-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6685-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6687-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6697-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6699-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6709-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6711-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6721-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6723-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6733-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6735-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6745-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6747-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6757-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6759-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6769-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6771-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6781-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6783-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6793-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6795-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6799-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6801-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6811-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6813-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6823-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6825-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6835-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6837-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6847-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6849-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6859-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6861-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6871-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6873-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6883-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6885-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6895-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6897-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6907-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6909-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6919-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6921-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6931-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6933-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6943-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6945-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6955-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6957-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6967-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6969-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6979-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6981-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp6991-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6993-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7003-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7005-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7015-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7017-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7027-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7029-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7039-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7041-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7051-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7053-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7063-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7065-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7075-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7077-.Lfunc_begin0        #   starting offset
	.uleb128 .Ltmp7087-.Lfunc_begin0        #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7089-.Lfunc_begin0        #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
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
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
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
	.byte	1                               # Abbrev [1] 0xc:0x12d DW_TAG_compile_unit
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
	.byte	7                               # Abbrev [7] 0x46:0x32 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	6                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	120                             # DW_AT_type
                                        # DW_AT_external
	.byte	8                               # Abbrev [8] 0x55:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.long	124                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5e:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	3                               # DW_AT_decl_line
	.long	288                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x67:0x10 DW_TAG_lexical_block
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp7085-.Ltmp1                # DW_AT_high_pc
	.byte	9                               # Abbrev [9] 0x6d:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	120                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x78:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x7c:0x5 DW_TAG_pointer_type
	.long	129                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x81:0x9f DW_TAG_structure_type
	.byte	28                              # DW_AT_name
	.byte	84                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x86:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x8f:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x98:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xa1:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xaa:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xb3:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xbc:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xc5:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xce:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xd7:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xe0:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xe9:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xf2:0x9 DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	300                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0xfb:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x104:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x10d:0x9 DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x116:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	288                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x120:0x8 DW_TAG_typedef
	.long	296                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x128:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x12c:0xc DW_TAG_array_type
	.long	288                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x131:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	128                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"24_gotol.c"                    # string offset=40
.Linfo_string2:
	.asciz	"/src"                          # string offset=51
.Linfo_string3:
	.asciz	"_license"                      # string offset=56
.Linfo_string4:
	.asciz	"char"                          # string offset=65
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=70
.Linfo_string6:
	.asciz	"far"                           # string offset=90
.Linfo_string7:
	.asciz	"int"                           # string offset=94
.Linfo_string8:
	.asciz	"skb"                           # string offset=98
.Linfo_string9:
	.asciz	"len"                           # string offset=102
.Linfo_string10:
	.asciz	"unsigned int"                  # string offset=106
.Linfo_string11:
	.asciz	"__u32"                         # string offset=119
.Linfo_string12:
	.asciz	"pkt_type"                      # string offset=125
.Linfo_string13:
	.asciz	"mark"                          # string offset=134
.Linfo_string14:
	.asciz	"queue_mapping"                 # string offset=139
.Linfo_string15:
	.asciz	"protocol"                      # string offset=153
.Linfo_string16:
	.asciz	"vlan_present"                  # string offset=162
.Linfo_string17:
	.asciz	"vlan_tci"                      # string offset=175
.Linfo_string18:
	.asciz	"vlan_proto"                    # string offset=184
.Linfo_string19:
	.asciz	"priority"                      # string offset=195
.Linfo_string20:
	.asciz	"ingress_ifindex"               # string offset=204
.Linfo_string21:
	.asciz	"ifindex"                       # string offset=220
.Linfo_string22:
	.asciz	"tc_index"                      # string offset=228
.Linfo_string23:
	.asciz	"cb"                            # string offset=237
.Linfo_string24:
	.asciz	"hash"                          # string offset=240
.Linfo_string25:
	.asciz	"tc_classid"                    # string offset=245
.Linfo_string26:
	.asciz	"data"                          # string offset=256
.Linfo_string27:
	.asciz	"data_end"                      # string offset=261
.Linfo_string28:
	.asciz	"__sk_buff"                     # string offset=270
.Linfo_string29:
	.asciz	"i"                             # string offset=280
.Linfo_string30:
	.asciz	"x"                             # string offset=282
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Ltmp1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	424
	.long	424
	.long	256
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
	.long	234                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 11)
	.long	50331648                        # 0x3000000
	.long	0
	.long	10
	.long	6
	.long	4
	.long	239                             # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	11
	.long	1
	.long	248                             # BTF_KIND_DATASEC(id = 13)
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
	.ascii	"far"                           # string offset=207
	.byte	0
	.ascii	"socket"                        # string offset=211
	.byte	0
	.ascii	"/src/24_gotol.c"               # string offset=218
	.byte	0
	.ascii	"char"                          # string offset=234
	.byte	0
	.ascii	"_license"                      # string offset=239
	.byte	0
	.ascii	"license"                       # string offset=248
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	18668
	.long	18688
	.long	0
	.long	8                               # FuncInfo
	.long	211                             # FuncInfo section string offset=211
	.long	1
	.long	.Lfunc_begin0
	.long	9
	.long	16                              # LineInfo
	.long	211                             # LineInfo section string offset=211
	.long	1166
	.long	.Ltmp0
	.long	218
	.long	0
	.long	3090                            # Line 3 Col 18
	.long	.Ltmp3
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp13
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp16
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp25
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp28
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp37
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp40
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp49
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp52
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp61
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp64
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp73
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp76
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp85
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp88
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp97
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp100
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp109
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp112
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp121
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp124
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp133
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp136
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp145
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp148
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp157
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp160
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp169
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp172
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp181
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp184
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp193
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp196
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp205
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp208
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp217
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp220
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp229
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp232
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp241
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp244
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp253
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp256
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp265
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp268
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp277
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp280
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp289
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp292
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp301
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp304
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp313
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp316
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp325
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp328
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp337
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp340
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp349
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp352
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp361
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp364
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp379
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp382
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp391
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp394
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp403
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp406
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp415
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp418
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp427
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp430
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp439
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp442
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp451
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp454
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp463
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp466
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp475
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp478
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp487
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp490
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp499
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp502
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp511
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp514
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp523
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp526
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp535
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp538
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp547
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp550
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp559
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp562
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp571
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp574
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp583
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp586
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp595
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp598
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp607
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp610
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp619
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp622
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp631
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp634
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp643
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp646
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp655
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp658
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp667
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp670
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp679
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp682
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp691
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp694
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp703
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp706
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp715
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp718
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp727
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp730
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp739
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp742
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp757
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp760
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp769
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp772
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp781
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp784
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp793
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp796
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp805
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp808
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp817
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp820
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp829
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp832
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp841
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp844
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp853
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp856
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp865
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp868
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp877
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp880
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp889
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp892
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp901
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp904
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp913
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp916
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp925
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp928
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp937
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp940
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp949
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp952
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp961
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp964
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp973
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp976
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp985
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp988
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp997
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1000
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1009
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1012
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1021
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1024
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1033
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1036
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1045
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1048
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1057
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1060
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1069
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1072
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1081
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1084
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1093
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1096
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1105
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1108
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1117
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1120
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1135
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1138
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1147
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1150
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1159
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1162
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1171
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1174
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1183
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1186
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1195
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1198
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1207
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1210
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1219
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1222
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1231
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1234
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1243
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1246
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1255
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1258
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1267
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1270
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1279
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1282
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1291
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1294
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1303
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1306
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1315
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1318
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1327
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1330
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1339
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1342
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1351
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1354
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1363
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1366
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1375
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1378
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1387
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1390
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1399
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1402
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1411
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1414
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1423
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1426
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1435
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1438
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1447
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1450
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1459
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1462
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1471
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1474
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1483
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1486
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1495
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1498
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1513
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1516
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1525
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1528
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1537
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1540
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1549
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1552
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1561
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1564
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1573
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1576
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1585
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1588
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1597
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1600
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1609
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1612
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1621
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1624
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1633
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1636
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1645
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1648
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1657
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1660
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1669
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1672
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1681
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1684
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1693
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1696
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1705
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1708
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1717
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1720
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1729
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1732
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1741
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1744
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1753
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1756
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1765
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1768
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1777
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1780
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1789
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1792
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1801
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1804
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1813
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1816
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1825
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1828
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1837
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1840
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1849
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1852
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1861
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1864
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1873
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1876
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1891
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1894
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1903
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1906
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1915
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1918
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1927
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1930
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1939
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1942
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1951
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1954
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1963
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1966
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1975
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1978
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1987
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp1990
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp1999
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2002
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2011
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2014
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2023
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2026
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2035
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2038
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2047
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2050
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2059
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2062
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2071
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2074
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2083
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2086
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2095
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2098
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2107
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2110
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2119
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2122
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2131
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2134
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2143
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2146
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2155
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2158
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2167
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2170
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2179
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2182
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2191
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2194
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2203
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2206
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2215
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2218
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2227
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2230
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2239
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2242
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2251
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2254
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2269
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2272
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2281
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2284
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2293
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2296
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2305
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2308
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2317
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2320
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2329
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2332
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2341
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2344
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2353
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2356
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2365
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2368
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2377
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2380
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2389
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2392
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2401
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2404
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2413
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2416
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2425
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2428
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2437
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2440
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2449
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2452
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2461
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2464
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2473
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2476
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2485
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2488
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2497
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2500
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2509
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2512
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2521
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2524
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2533
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2536
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2545
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2548
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2557
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2560
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2569
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2572
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2581
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2584
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2593
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2596
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2605
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2608
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2617
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2620
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2629
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2632
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2647
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2650
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2659
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2662
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2671
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2674
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2683
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2686
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2695
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2698
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2707
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2710
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2719
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2722
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2731
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2734
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2743
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2746
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2755
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2758
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2767
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2770
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2779
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2782
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2791
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2794
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2803
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2806
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2815
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2818
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2827
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2830
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2839
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2842
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2851
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2854
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2863
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2866
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2875
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2878
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2887
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2890
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2899
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2902
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2911
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2914
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2923
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2926
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2935
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2938
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2947
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2950
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2959
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2962
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2971
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2974
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2983
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2986
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp2995
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp2998
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3007
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3010
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3025
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3028
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3037
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3040
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3049
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3052
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3061
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3064
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3073
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3076
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3085
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3088
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3097
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3100
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3109
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3112
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3121
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3124
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3133
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3136
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3145
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3148
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3157
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3160
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3169
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3172
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3181
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3184
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3193
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3196
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3205
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3208
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3217
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3220
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3229
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3232
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3241
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3244
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3253
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3256
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3265
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3268
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3277
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3280
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3289
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3292
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3301
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3304
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3313
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3316
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3325
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3328
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3337
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3340
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3349
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3352
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3361
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3364
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3373
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3376
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3385
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3388
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3403
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3406
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3415
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3418
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3427
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3430
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3439
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3442
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3451
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3454
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3463
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3466
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3475
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3478
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3487
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3490
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3499
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3502
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3511
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3514
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3523
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3526
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3535
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3538
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3547
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3550
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3559
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3562
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3571
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3574
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3583
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3586
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3595
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3598
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3607
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3610
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3619
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3622
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3631
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3634
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3643
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3646
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3655
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3658
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3667
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3670
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3679
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3682
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3691
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3694
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3703
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3706
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3715
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3718
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3727
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3730
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3739
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3742
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3751
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3754
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3763
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3766
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3781
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3784
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3793
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3796
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3805
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3808
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3817
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3820
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3829
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3832
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3841
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3844
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3853
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3856
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3865
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3868
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3877
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3880
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3889
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3892
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3901
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3904
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3913
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3916
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3925
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3928
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3937
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3940
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3949
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3952
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3961
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3964
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3973
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3976
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3985
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp3988
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp3997
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4000
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4009
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4012
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4021
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4024
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4033
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4036
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4045
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4048
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4057
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4060
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4069
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4072
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4081
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4084
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4093
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4096
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4105
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4108
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4117
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4120
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4129
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4132
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4141
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4144
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4159
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4162
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4171
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4174
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4183
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4186
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4195
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4198
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4207
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4210
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4219
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4222
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4231
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4234
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4243
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4246
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4255
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4258
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4267
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4270
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4279
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4282
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4291
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4294
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4303
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4306
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4315
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4318
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4327
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4330
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4339
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4342
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4351
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4354
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4363
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4366
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4375
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4378
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4387
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4390
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4399
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4402
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4411
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4414
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4423
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4426
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4435
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4438
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4447
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4450
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4459
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4462
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4471
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4474
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4483
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4486
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4495
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4498
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4507
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4510
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4519
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4522
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4537
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4540
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4549
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4552
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4561
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4564
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4573
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4576
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4585
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4588
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4597
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4600
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4609
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4612
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4621
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4624
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4633
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4636
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4645
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4648
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4657
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4660
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4669
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4672
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4681
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4684
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4693
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4696
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4705
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4708
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4717
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4720
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4729
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4732
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4741
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4744
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4753
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4756
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4765
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4768
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4777
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4780
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4789
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4792
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4801
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4804
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4813
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4816
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4825
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4828
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4837
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4840
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4849
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4852
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4861
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4864
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4873
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4876
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4885
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4888
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4897
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4900
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4915
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4918
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4927
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4930
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4939
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4942
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4951
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4954
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4963
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4966
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4975
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4978
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4987
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp4990
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp4999
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5002
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5011
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5014
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5023
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5026
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5035
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5038
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5047
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5050
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5059
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5062
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5071
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5074
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5083
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5086
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5095
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5098
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5107
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5110
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5119
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5122
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5131
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5134
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5143
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5146
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5155
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5158
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5167
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5170
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5179
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5182
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5191
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5194
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5203
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5206
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5215
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5218
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5227
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5230
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5239
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5242
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5251
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5254
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5263
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5266
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5275
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5278
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5293
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5296
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5305
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5308
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5317
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5320
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5329
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5332
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5341
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5344
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5353
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5356
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5365
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5368
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5377
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5380
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5389
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5392
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5401
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5404
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5413
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5416
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5425
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5428
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5437
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5440
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5449
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5452
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5461
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5464
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5473
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5476
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5485
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5488
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5497
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5500
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5509
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5512
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5521
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5524
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5533
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5536
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5545
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5548
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5557
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5560
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5569
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5572
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5581
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5584
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5593
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5596
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5605
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5608
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5617
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5620
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5629
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5632
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5641
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5644
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5653
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5656
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5671
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5674
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5683
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5686
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5695
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5698
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5707
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5710
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5719
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5722
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5731
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5734
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5743
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5746
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5755
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5758
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5767
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5770
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5779
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5782
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5791
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5794
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5803
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5806
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5815
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5818
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5827
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5830
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5839
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5842
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5851
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5854
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5863
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5866
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5875
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5878
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5887
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5890
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5899
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5902
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5911
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5914
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5923
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5926
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5935
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5938
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5947
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5950
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5959
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5962
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5971
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5974
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5983
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5986
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp5995
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp5998
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6007
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6010
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6019
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6022
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6031
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6034
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6049
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6052
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6061
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6064
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6073
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6076
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6085
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6088
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6097
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6100
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6109
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6112
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6121
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6124
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6133
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6136
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6145
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6148
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6157
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6160
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6169
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6172
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6181
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6184
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6193
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6196
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6205
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6208
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6217
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6220
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6229
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6232
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6241
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6244
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6253
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6256
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6265
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6268
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6277
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6280
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6289
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6292
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6301
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6304
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6313
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6316
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6325
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6328
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6337
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6340
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6349
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6352
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6361
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6364
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6373
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6376
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6385
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6388
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6397
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6400
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6409
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6412
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6427
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6430
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6439
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6442
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6451
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6454
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6463
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6466
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6475
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6478
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6487
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6490
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6499
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6502
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6511
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6514
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6523
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6526
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6535
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6538
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6547
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6550
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6559
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6562
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6571
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6574
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6583
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6586
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6595
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6598
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6607
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6610
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6619
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6622
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6631
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6634
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6643
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6646
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6655
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6658
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6667
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6670
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6679
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6682
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6691
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6694
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6703
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6706
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6715
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6718
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6727
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6730
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6739
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6742
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6751
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6754
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6763
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6766
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6775
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6778
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6787
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6790
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6805
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6808
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6817
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6820
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6829
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6832
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6841
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6844
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6853
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6856
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6865
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6868
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6877
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6880
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6889
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6892
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6901
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6904
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6913
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6916
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6925
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6928
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6937
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6940
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6949
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6952
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6961
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6964
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6973
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6976
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6985
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp6988
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp6997
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7000
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7009
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7012
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7021
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7024
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7033
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7036
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7045
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7048
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7057
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7060
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7069
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7072
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7081
	.long	218
	.long	0
	.long	5161                            # Line 5 Col 41
	.long	.Ltmp7084
	.long	218
	.long	0
	.long	5159                            # Line 5 Col 39
	.long	.Ltmp7091
	.long	218
	.long	0
	.long	6147                            # Line 6 Col 3
	.addrsig
	.addrsig_sym far
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
