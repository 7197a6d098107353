/*
 * SSE2 products of GGUF Q4_0, Q4_1, Q5_0 and Q8_0 rows with the input
 * quantized to int8 in groups of 32, bit-identical to dotq4_0 and the
 * rest in simd/gquant.c: four rows at a time, one per lane, each
 * block's integer sum exact in 32 bits, then ((float)sum·d)·xs added to
 * the lane block after block, in the C's order. A block's d, a half, is
 * looked up in the table of every half.
 *
 * q41x4sse, q50x4sse and q80x4sse make the input's bytes words once for
 * the four rows: even ones by PSLLW, PSRAW $8, odd ones by PSRAW $8. A
 * row's nibbles are unsigned words (PAND 0x0F0F, PSRLW $4; then PAND
 * 0x00FF, PSRLW $8).
 *
 * Those take a pointer to a Gargs of nine 8-byte fields:
 *	out, xq, xs, xsum, w, rowbytes, blocks a row, d, the half table
 * with d a multiple of 4 and at least one block. The blocks a row are
 * not read: a row ends at rowbytes. The next four rows are prefetched
 * into L1 as these are summed, four blocks' bytes a block.
 */

/*
 * q40x4sse: Q4_0. A row's 16 bytes of nibbles are taken as eight
 * words, word k holding q[2k], q[2k+16], q[2k+1], q[2k+17] from its low
 * bits up, and summed without unpacking them: with x the block's values,
 *	(w & 0x000F)·x[2k] + (w>>4)·x[2k+16]
 *	+ (w>>8)·(x[2k+1] - 16x[2k+16]) + (w>>12)·(x[2k+17] - 16x[2k+1])
 * is q[2k]x[2k] + q[2k+16]x[2k+16] + q[2k+1]x[2k+1] + q[2k+17]x[2k+17],
 * each product exact in PMADDWL's 32 bits. Those four words of x, 8Σx
 * and xs, each four times, are the block's 96 bytes of the table q40tab
 * makes once for all the rows. Σ(q-8)x is Σqx - 8Σx.
 *
 * The Gargs' fields: out (each lane added to, from the value there), xs
 * the table (16-byte aligned), w, rowbytes, blocks (of the table), d
 * (a multiple of 4), the half table. The blocks of the four rows after
 * the next four are prefetched into L2 as these are summed: prefetching
 * the next four into L1 read 9 GB/s of this pattern where the machine
 * reads 25.
 */
TEXT	q40x4sse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R15
	LEAQ	(R15)(R15*8), R15
	ADDQ	R15, R15		/* the blocks' bytes in a row */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	PCMPEQW	X15, X15
	PSRLW	$12, X15		/* 0x000F in every word */
	PCMPEQW	X14, X14
	PSRLW	$15, X14		/* 1 in every word */
q4quads:
	CMPQ	R8, $4
	JLT	q4done
	MOVQ	16(BP), SI		/* the table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVUPS	(DI), X8
	XORQ	AX, AX			/* the block's offset in a row */
q4block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x03	/* PREFETCHT1 (BX)(AX*1) */
	LEAQ	(BX)(CX*1), R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */
	ADDQ	CX, R9
	BYTE $0x41; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x01	/* PREFETCHT1 (R9)(AX*1) */

	MOVOU	2(DX)(AX*1), X4
	MOVO	X4, X0
	PAND	X15, X0
	PMADDWL	0(SI), X0
	MOVO	X4, X5
	PSRLW	$4, X5
	PMADDWL	16(SI), X5
	PADDL	X5, X0
	MOVO	X4, X5
	PSRLW	$8, X5
	PMADDWL	32(SI), X5
	PADDL	X5, X0
	PSRLW	$12, X4
	PMADDWL	48(SI), X4
	PADDL	X4, X0

	MOVOU	2(R10)(AX*1), X4
	MOVO	X4, X1
	PAND	X15, X1
	PMADDWL	0(SI), X1
	MOVO	X4, X5
	PSRLW	$4, X5
	PMADDWL	16(SI), X5
	PADDL	X5, X1
	MOVO	X4, X5
	PSRLW	$8, X5
	PMADDWL	32(SI), X5
	PADDL	X5, X1
	PSRLW	$12, X4
	PMADDWL	48(SI), X4
	PADDL	X4, X1

	MOVOU	2(R11)(AX*1), X4
	MOVO	X4, X2
	PAND	X15, X2
	PMADDWL	0(SI), X2
	MOVO	X4, X5
	PSRLW	$4, X5
	PMADDWL	16(SI), X5
	PADDL	X5, X2
	MOVO	X4, X5
	PSRLW	$8, X5
	PMADDWL	32(SI), X5
	PADDL	X5, X2
	PSRLW	$12, X4
	PMADDWL	48(SI), X4
	PADDL	X4, X2

	MOVOU	2(R12)(AX*1), X4
	MOVO	X4, X3
	PAND	X15, X3
	PMADDWL	0(SI), X3
	MOVO	X4, X5
	PSRLW	$4, X5
	PMADDWL	16(SI), X5
	PADDL	X5, X3
	MOVO	X4, X5
	PSRLW	$8, X5
	PMADDWL	32(SI), X5
	PADDL	X5, X3
	PSRLW	$12, X4
	PMADDWL	48(SI), X4
	PADDL	X4, X3

	/* the four rows' sums into the lanes of X0 (each lane's fits in 16 bits) */
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	X14, X0
	PMADDWL	X14, X2
	MOVAPS	X0, X4
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X4
	PADDL	X4, X0
	PSUBL	64(SI), X0		/* less 8Σx */
	CVTPL2PS	X0, X0
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X1
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X4
	UNPCKLPS	X2, X1
	UNPCKLPS	X4, X3
	MOVLHPS	X3, X1
	MULPS	X1, X0
	MULPS	80(SI), X0		/* xs */
	ADDPS	X0, X8
	ADDQ	$96, SI
	ADDQ	$18, AX
	CMPQ	AX, R15
	JLT	q4block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q4quads
q4done:
	RET

/*
 * q40tabsse(t, x, xs, xsum, nb): q40x4sse's table of nb blocks of the
 * input, 96 bytes a block at t (16-byte aligned): the words x[2k],
 * x[2k+16], x[2k+1] - 16x[2k+16] and x[2k+17] - 16x[2k+1] for k < 8,
 * each in 16 bits, then 8Σx and xs four times each.
 */
TEXT	q40tabsse(SB), $0
	MOVQ	BP, DI			/* t */
	MOVQ	x+8(FP), SI
	MOVQ	xs+16(FP), R9
	MOVQ	xsum+24(FP), R8
	MOVQ	nb+32(FP), CX
q4tab:
	CMPQ	CX, $0
	JLE	q4tabdone
	MOVOU	0(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0			/* x[2k] */
	PSRAW	$8, X1			/* x[2k+1] */
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2			/* x[2k+16] */
	PSRAW	$8, X3			/* x[2k+17] */
	MOVO	X0, 0(DI)
	MOVO	X2, 16(DI)
	PSLLW	$4, X2
	MOVO	X1, X4
	PSUBW	X2, X4
	MOVO	X4, 32(DI)
	PSLLW	$4, X1
	PSUBW	X1, X3
	MOVO	X3, 48(DI)
	MOVSS	0(R8), X5
	SHUFPS	$0x00, X5, X5
	PSLLL	$3, X5
	MOVO	X5, 64(DI)
	MOVSS	0(R9), X6
	SHUFPS	$0x00, X6, X6
	MOVO	X6, 80(DI)
	ADDQ	$32, SI
	ADDQ	$4, R8
	ADDQ	$4, R9
	ADDQ	$96, DI
	DECQ	CX
	JMP	q4tab
q4tabdone:
	RET

/*
 * q50x4sse: Q5_0, each value's fifth bit put over its nibble: the
 * block's 32 bits spread a byte each (bytes repeated by unpacking,
 * tested against the byte of bits the C gives in the Gargs' tenth
 * field), and Σ(q-16)x as Σqx - 16·Σx.
 */
TEXT	q50x4sse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	PCMPEQW	X9, X9
	PSRLW	$12, X9
	MOVO	X9, X10
	PSLLW	$8, X10
	POR	X10, X9			/* 0x0F in every byte */
	PCMPEQW	X10, X10
	PSRLW	$8, X10			/* 0x00FF in every word */
	MOVQ	72(BP), R9
	MOVOU	(R9), X15		/* 1, 2, 4, ... 128, twice: each byte's bit */
	PCMPEQW	X14, X14
	PSRLW	$15, X14
	PSLLW	$4, X14
	MOVO	X14, X11
	PSLLW	$8, X11
	POR	X11, X14		/* 0x10 in every byte */
q50quads:
	CMPQ	R8, $4
	JLT	q50done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX		/* the next quad, prefetched as this one goes */
	XORPS	X8, X8
	XORQ	AX, AX			/* the block's offset in a row */
q50block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* PREFETCHT0 (BX) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x4B; BYTE $0x40	/* PREFETCHT0 64(BX) */
	ADDQ	$88, BX
	MOVOU	(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0			/* values 0-15: even ones as words */
	PSRAW	$8, X1			/* odd ones */
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2			/* values 16-31 */
	PSRAW	$8, X3

	MOVSS	2(DX)(AX*1), X11	/* the fifth bits */
	PUNPCKLBW	X11, X11
	PUNPCKLWL	X11, X11
	MOVO	X11, X13
	PUNPCKLLQ	X11, X11	/* bits 0-7 in bytes 0-7, 8-15 in 8-15 */
	PUNPCKHLQ	X13, X13	/* 16-31 */
	PAND	X15, X11
	PCMPEQB	X15, X11
	PAND	X14, X11
	PAND	X15, X13
	PCMPEQB	X15, X13
	PAND	X14, X13
	MOVOU	6(DX)(AX*1), X4
	MOVO	X4, X12
	PAND	X9, X4
	PSRLW	$4, X12
	PAND	X9, X12
	POR	X11, X4
	POR	X13, X12
	MOVO	X4, X13
	PAND	X10, X4
	PSRLW	$8, X13
	PMADDWL	X0, X4
	PMADDWL	X1, X13
	PADDL	X13, X4
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X4

	MOVSS	2(R10)(AX*1), X11	/* the fifth bits */
	PUNPCKLBW	X11, X11
	PUNPCKLWL	X11, X11
	MOVO	X11, X13
	PUNPCKLLQ	X11, X11	/* bits 0-7 in bytes 0-7, 8-15 in 8-15 */
	PUNPCKHLQ	X13, X13	/* 16-31 */
	PAND	X15, X11
	PCMPEQB	X15, X11
	PAND	X14, X11
	PAND	X15, X13
	PCMPEQB	X15, X13
	PAND	X14, X13
	MOVOU	6(R10)(AX*1), X5
	MOVO	X5, X12
	PAND	X9, X5
	PSRLW	$4, X12
	PAND	X9, X12
	POR	X11, X5
	POR	X13, X12
	MOVO	X5, X13
	PAND	X10, X5
	PSRLW	$8, X13
	PMADDWL	X0, X5
	PMADDWL	X1, X13
	PADDL	X13, X5
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X5

	MOVSS	2(R11)(AX*1), X11	/* the fifth bits */
	PUNPCKLBW	X11, X11
	PUNPCKLWL	X11, X11
	MOVO	X11, X13
	PUNPCKLLQ	X11, X11	/* bits 0-7 in bytes 0-7, 8-15 in 8-15 */
	PUNPCKHLQ	X13, X13	/* 16-31 */
	PAND	X15, X11
	PCMPEQB	X15, X11
	PAND	X14, X11
	PAND	X15, X13
	PCMPEQB	X15, X13
	PAND	X14, X13
	MOVOU	6(R11)(AX*1), X6
	MOVO	X6, X12
	PAND	X9, X6
	PSRLW	$4, X12
	PAND	X9, X12
	POR	X11, X6
	POR	X13, X12
	MOVO	X6, X13
	PAND	X10, X6
	PSRLW	$8, X13
	PMADDWL	X0, X6
	PMADDWL	X1, X13
	PADDL	X13, X6
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X6

	MOVSS	2(R12)(AX*1), X11	/* the fifth bits */
	PUNPCKLBW	X11, X11
	PUNPCKLWL	X11, X11
	MOVO	X11, X13
	PUNPCKLLQ	X11, X11	/* bits 0-7 in bytes 0-7, 8-15 in 8-15 */
	PUNPCKHLQ	X13, X13	/* 16-31 */
	PAND	X15, X11
	PCMPEQB	X15, X11
	PAND	X14, X11
	PAND	X15, X13
	PCMPEQB	X15, X13
	PAND	X14, X13
	MOVOU	6(R12)(AX*1), X7
	MOVO	X7, X12
	PAND	X9, X7
	PSRLW	$4, X12
	PAND	X9, X12
	POR	X11, X7
	POR	X13, X12
	MOVO	X7, X13
	PAND	X10, X7
	PSRLW	$8, X13
	PMADDWL	X0, X7
	PMADDWL	X1, X13
	PADDL	X13, X7
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X7

	/* the four rows' sums into the lanes of X4 */
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVSS	(R15), X0		/* Σx */
	SHUFPS	$0x00, X0, X0
	PADDL	X0, X0
	PADDL	X0, X0
	PADDL	X0, X0
	PADDL	X0, X0
	PSUBL	X0, X4			/* less 16·Σx */
	CVTPL2PS	X4, X4
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X0
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X1
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X4
	MOVSS	(R14), X1
	SHUFPS	$0x00, X1, X1
	MULPS	X1, X4
	ADDPS	X4, X8
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	ADDQ	$22, AX
	CMPQ	AX, CX
	JLT	q50block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q50quads
q50done:
	RET

/*
 * q41x4sse: Q4_1, the nibbles unsigned, and each block's
 * ((float)Σx·m)·xs added to its ((float)sum·d)·xs before the lane takes
 * it, as dotq4_1 does.
 */
TEXT	q41x4sse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
	PCMPEQW	X9, X9
	PSRLW	$12, X9
	MOVO	X9, X10
	PSLLW	$8, X10
	POR	X10, X9			/* 0x0F in every byte */
	PCMPEQW	X10, X10
	PSRLW	$8, X10			/* 0x00FF in every word */
q41quads:
	CMPQ	R8, $4
	JLT	q41done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX		/* the next quad, prefetched as this one goes */
	XORPS	X8, X8
	XORQ	AX, AX			/* the block's offset in a row */
q41block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* PREFETCHT0 (BX) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x4B; BYTE $0x40	/* PREFETCHT0 64(BX) */
	ADDQ	$80, BX
	MOVOU	(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0			/* values 0-15: even ones as words */
	PSRAW	$8, X1			/* odd ones */
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2			/* values 16-31 */
	PSRAW	$8, X3

	MOVOU	4(DX)(AX*1), X4
	MOVO	X4, X12
	PAND	X9, X4			/* the low nibbles: values 0-15 */
	PSRLW	$4, X12
	PAND	X9, X12			/* the high ones: 16-31 */
	MOVO	X4, X13
	PAND	X10, X4
	PSRLW	$8, X13
	PMADDWL	X0, X4
	PMADDWL	X1, X13
	PADDL	X13, X4
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X4

	MOVOU	4(R10)(AX*1), X5
	MOVO	X5, X12
	PAND	X9, X5
	PSRLW	$4, X12
	PAND	X9, X12
	MOVO	X5, X13
	PAND	X10, X5
	PSRLW	$8, X13
	PMADDWL	X0, X5
	PMADDWL	X1, X13
	PADDL	X13, X5
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X5

	MOVOU	4(R11)(AX*1), X6
	MOVO	X6, X12
	PAND	X9, X6
	PSRLW	$4, X12
	PAND	X9, X12
	MOVO	X6, X13
	PAND	X10, X6
	PSRLW	$8, X13
	PMADDWL	X0, X6
	PMADDWL	X1, X13
	PADDL	X13, X6
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X6

	MOVOU	4(R12)(AX*1), X7
	MOVO	X7, X12
	PAND	X9, X7
	PSRLW	$4, X12
	PAND	X9, X12
	MOVO	X7, X13
	PAND	X10, X7
	PSRLW	$8, X13
	PMADDWL	X0, X7
	PMADDWL	X1, X13
	PADDL	X13, X7
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X7

	/* the four rows' sums into the lanes of X4 */
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	CVTPL2PS	X4, X4
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X0
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X1
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X4
	MOVSS	(R14), X1
	SHUFPS	$0x00, X1, X1
	MULPS	X1, X4
	MOVWLZX	2(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X0
	MOVWLZX	2(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X5
	MOVWLZX	2(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	2(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	UNPCKLPS	X5, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0			/* the four rows' m */
	MOVSS	(R15), X2		/* Σx */
	SHUFPS	$0x00, X2, X2
	CVTPL2PS	X2, X2
	MULPS	X0, X2
	MULPS	X1, X2
	ADDPS	X2, X4
	ADDPS	X4, X8
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$4, R15
	ADDQ	$20, AX
	CMPQ	AX, CX
	JLT	q41block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q41quads
q41done:
	RET

TEXT	q80x4sse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	32(BP), DX		/* w: row 0 of the quad */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	64(BP), R13		/* the half table */
q8quads:
	CMPQ	R8, $4
	JLT	q8done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX		/* the next quad, prefetched as this one goes */
	XORPS	X8, X8
	XORQ	AX, AX
q8block:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* PREFETCHT0 (BX) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x4B; BYTE $0x40	/* PREFETCHT0 64(BX) */
	ADDQ	$136, BX
	MOVOU	(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3

	MOVOU	2(DX)(AX*1), X4
	MOVOU	18(DX)(AX*1), X12
	MOVO	X4, X13
	PSLLW	$8, X4
	PSRAW	$8, X4
	PSRAW	$8, X13
	PMADDWL	X0, X4
	PMADDWL	X1, X13
	PADDL	X13, X4
	MOVO	X12, X13
	PSLLW	$8, X12
	PSRAW	$8, X12
	PSRAW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X4

	MOVOU	2(R10)(AX*1), X5
	MOVOU	18(R10)(AX*1), X12
	MOVO	X5, X13
	PSLLW	$8, X5
	PSRAW	$8, X5
	PSRAW	$8, X13
	PMADDWL	X0, X5
	PMADDWL	X1, X13
	PADDL	X13, X5
	MOVO	X12, X13
	PSLLW	$8, X12
	PSRAW	$8, X12
	PSRAW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X5

	MOVOU	2(R11)(AX*1), X6
	MOVOU	18(R11)(AX*1), X12
	MOVO	X6, X13
	PSLLW	$8, X6
	PSRAW	$8, X6
	PSRAW	$8, X13
	PMADDWL	X0, X6
	PMADDWL	X1, X13
	PADDL	X13, X6
	MOVO	X12, X13
	PSLLW	$8, X12
	PSRAW	$8, X12
	PSRAW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X6

	MOVOU	2(R12)(AX*1), X7
	MOVOU	18(R12)(AX*1), X12
	MOVO	X7, X13
	PSLLW	$8, X7
	PSRAW	$8, X7
	PSRAW	$8, X13
	PMADDWL	X0, X7
	PMADDWL	X1, X13
	PADDL	X13, X7
	MOVO	X12, X13
	PSLLW	$8, X12
	PSRAW	$8, X12
	PSRAW	$8, X13
	PMADDWL	X2, X12
	PMADDWL	X3, X13
	PADDL	X13, X12
	PADDL	X12, X7

	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	CVTPL2PS	X4, X4
	MOVWLZX	(DX)(AX*1), R9
	MOVSS	(R13)(R9*4), X0
	MOVWLZX	(R10)(AX*1), R9
	MOVSS	(R13)(R9*4), X1
	MOVWLZX	(R11)(AX*1), R9
	MOVSS	(R13)(R9*4), X2
	MOVWLZX	(R12)(AX*1), R9
	MOVSS	(R13)(R9*4), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X4
	MOVSS	(R14), X1
	SHUFPS	$0x00, X1, X1
	MULPS	X1, X4
	ADDPS	X4, X8
	ADDQ	$32, SI
	ADDQ	$4, R14
	ADDQ	$34, AX
	CMPQ	AX, CX
	JLT	q8block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q8quads
q8done:
	RET

/*
 * q4ksums(acc, qs, x): the eight integer sums Σq·x of a Q4_K
 * superblock's sub-blocks of 32, its nibbles qs (sub-block 2p's values
 * the low nibbles of bytes 32p..32p+31, 2p+1's the high ones) times the
 * input's 256 bytes x; the C adds the floats. Nibbles are unsigned
 * words, x's bytes signed ones; four sub-blocks' sums are added across
 * and stored at once.
 */
TEXT	q4ksums(SB), $0
	MOVQ	qs+8(FP), DX
	MOVQ	x+16(FP), SI
	PCMPEQW	X9, X9
	PSRLW	$12, X9
	MOVO	X9, X10
	PSLLW	$8, X10
	POR	X10, X9			/* 0x0F in every byte */
	PCMPEQW	X10, X10
	PSRLW	$8, X10			/* 0x00FF in every word */
	MOVOU	0(DX), X8
	MOVOU	16(DX), X15
	MOVOU	0(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	MOVO	X8, X12
	PAND	X9, X12
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X0, X12
	PMADDWL	X1, X13
	PADDL	X13, X12
	MOVO	X15, X13
	PAND	X9, X13
	MOVO	X13, X14
	PAND	X10, X13
	PSRLW	$8, X14
	PMADDWL	X2, X13
	PMADDWL	X3, X14
	PADDL	X14, X13
	PADDL	X13, X12
	MOVO	X12, X4
	MOVOU	32(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	48(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PSRLW	$4, X8
	PAND	X9, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	PSRLW	$4, X15
	PAND	X9, X15
	MOVO	X15, X13
	PAND	X10, X15
	PSRLW	$8, X13
	PMADDWL	X2, X15
	PMADDWL	X3, X13
	PADDL	X13, X15
	PADDL	X15, X8
	MOVO	X8, X5
	MOVOU	32(DX), X8
	MOVOU	48(DX), X15
	MOVOU	64(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	80(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	MOVO	X8, X12
	PAND	X9, X12
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X0, X12
	PMADDWL	X1, X13
	PADDL	X13, X12
	MOVO	X15, X13
	PAND	X9, X13
	MOVO	X13, X14
	PAND	X10, X13
	PSRLW	$8, X14
	PMADDWL	X2, X13
	PMADDWL	X3, X14
	PADDL	X14, X13
	PADDL	X13, X12
	MOVO	X12, X6
	MOVOU	96(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	112(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PSRLW	$4, X8
	PAND	X9, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	PSRLW	$4, X15
	PAND	X9, X15
	MOVO	X15, X13
	PAND	X10, X15
	PSRLW	$8, X13
	PMADDWL	X2, X15
	PMADDWL	X3, X13
	PADDL	X13, X15
	PADDL	X15, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 0(BP)
	MOVOU	64(DX), X8
	MOVOU	80(DX), X15
	MOVOU	128(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	144(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	MOVO	X8, X12
	PAND	X9, X12
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X0, X12
	PMADDWL	X1, X13
	PADDL	X13, X12
	MOVO	X15, X13
	PAND	X9, X13
	MOVO	X13, X14
	PAND	X10, X13
	PSRLW	$8, X14
	PMADDWL	X2, X13
	PMADDWL	X3, X14
	PADDL	X14, X13
	PADDL	X13, X12
	MOVO	X12, X4
	MOVOU	160(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	176(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PSRLW	$4, X8
	PAND	X9, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	PSRLW	$4, X15
	PAND	X9, X15
	MOVO	X15, X13
	PAND	X10, X15
	PSRLW	$8, X13
	PMADDWL	X2, X15
	PMADDWL	X3, X13
	PADDL	X13, X15
	PADDL	X15, X8
	MOVO	X8, X5
	MOVOU	96(DX), X8
	MOVOU	112(DX), X15
	MOVOU	192(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	208(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	MOVO	X8, X12
	PAND	X9, X12
	MOVO	X12, X13
	PAND	X10, X12
	PSRLW	$8, X13
	PMADDWL	X0, X12
	PMADDWL	X1, X13
	PADDL	X13, X12
	MOVO	X15, X13
	PAND	X9, X13
	MOVO	X13, X14
	PAND	X10, X13
	PSRLW	$8, X14
	PMADDWL	X2, X13
	PMADDWL	X3, X14
	PADDL	X14, X13
	PADDL	X13, X12
	MOVO	X12, X6
	MOVOU	224(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVOU	240(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PSRLW	$4, X8
	PAND	X9, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	PSRLW	$4, X15
	PAND	X9, X15
	MOVO	X15, X13
	PAND	X10, X15
	PSRLW	$8, X13
	PMADDWL	X2, X15
	PMADDWL	X3, X13
	PADDL	X13, X15
	PADDL	X15, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 16(BP)
	RET

/*
 * q6ksums(acc, q, x): the sixteen integer sums Σ(q-32)·x of a Q6_K
 * superblock's groups of 16, its 6-bit values from ql and qh (value r
 * of a half: 4 bits of ql[r%64], the nibble r/64; 2 of qh[r%32], the
 * pair r/32) times the input's 256 bytes x; the C applies the scales.
 */
TEXT	q6ksums(SB), $0
	MOVQ	q+8(FP), DX
	MOVQ	x+16(FP), SI
	PCMPEQW	X9, X9
	PSRLW	$12, X9
	MOVO	X9, X10
	PSLLW	$8, X10
	POR	X10, X9			/* 0x0F in every byte */
	PCMPEQW	X10, X10
	PSRLW	$8, X10			/* 0x00FF in every word */
	PCMPEQW	X11, X11
	PSRLW	$14, X11
	PSLLW	$4, X11
	MOVO	X11, X12
	PSLLW	$8, X12
	POR	X12, X11		/* 0x30 in every byte */
	PCMPEQW	X14, X14
	PSRLW	$15, X14
	PSLLW	$5, X14			/* 32 in every word */
	MOVOU	0(DX), X8
	PAND	X9, X8
	MOVOU	128(DX), X12
	PSLLW	$4, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	0(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X4
	MOVOU	16(DX), X8
	PAND	X9, X8
	MOVOU	144(DX), X12
	PSLLW	$4, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	16(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X5
	MOVOU	32(DX), X8
	PAND	X9, X8
	MOVOU	128(DX), X12
	PSLLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	32(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X6
	MOVOU	48(DX), X8
	PAND	X9, X8
	MOVOU	144(DX), X12
	PSLLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	48(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 0(BP)
	MOVOU	0(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	128(DX), X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	64(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X4
	MOVOU	16(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	144(DX), X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	80(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X5
	MOVOU	32(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	128(DX), X12
	PSRLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	96(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X6
	MOVOU	48(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	144(DX), X12
	PSRLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	112(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 16(BP)
	MOVOU	64(DX), X8
	PAND	X9, X8
	MOVOU	160(DX), X12
	PSLLW	$4, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	128(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X4
	MOVOU	80(DX), X8
	PAND	X9, X8
	MOVOU	176(DX), X12
	PSLLW	$4, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	144(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X5
	MOVOU	96(DX), X8
	PAND	X9, X8
	MOVOU	160(DX), X12
	PSLLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	160(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X6
	MOVOU	112(DX), X8
	PAND	X9, X8
	MOVOU	176(DX), X12
	PSLLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	176(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 32(BP)
	MOVOU	64(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	160(DX), X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	192(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X4
	MOVOU	80(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	176(DX), X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	208(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X5
	MOVOU	96(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	160(DX), X12
	PSRLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	224(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X6
	MOVOU	112(DX), X8
	PSRLW	$4, X8
	PAND	X9, X8
	MOVOU	176(DX), X12
	PSRLW	$2, X12
	PAND	X11, X12
	POR	X12, X8
	MOVO	X8, X13
	PAND	X10, X8
	PSRLW	$8, X13
	PSUBW	X14, X8
	PSUBW	X14, X13
	MOVOU	240(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	PMADDWL	X0, X8
	PMADDWL	X1, X13
	PADDL	X13, X8
	MOVO	X8, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X0
	PADDL	X0, X4
	MOVAPS	X6, X1
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X1
	PADDL	X1, X6
	MOVAPS	X4, X2
	MOVLHPS	X6, X4
	MOVHLPS	X2, X6
	PADDL	X6, X4
	MOVUPS	X4, 48(BP)
	RET

/*
 * kscalesse: the 256-byte table of a Q4_K or Q5_K superblock's d·sc and
 * dmin·m (32 bytes a sub-block: four rows' d·sc, then their dmin·m),
 * called by q4kx4sse and q5kx4sse with the rows in DX, R10, R11 and R12,
 * the superblock's offset in AX, the half table in DI and the table in
 * R13, whose constants after the 256 bytes ksseconst (amd64.c) wrote;
 * it uses R9, X0-X6, X11 and X12.
 */
TEXT	kscalesse(SB), $0
	MOVWLZX	0(DX)(AX*1), R9
	MOVSS	(DI)(R9*4), X11
	MOVWLZX	0(R10)(AX*1), R9
	MOVSS	(DI)(R9*4), X1
	MOVWLZX	0(R11)(AX*1), R9
	MOVSS	(DI)(R9*4), X2
	MOVWLZX	0(R12)(AX*1), R9
	MOVSS	(DI)(R9*4), X3
	UNPCKLPS	X1, X11
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X11
	MOVWLZX	2(DX)(AX*1), R9
	MOVSS	(DI)(R9*4), X12
	MOVWLZX	2(R10)(AX*1), R9
	MOVSS	(DI)(R9*4), X1
	MOVWLZX	2(R11)(AX*1), R9
	MOVSS	(DI)(R9*4), X2
	MOVWLZX	2(R12)(AX*1), R9
	MOVSS	(DI)(R9*4), X3
	UNPCKLPS	X1, X12
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X12
	MOVOU	0(DX)(AX*1), X0
	MOVOU	0(R10)(AX*1), X1
	MOVOU	0(R11)(AX*1), X2
	MOVOU	0(R12)(AX*1), X3
	MOVAPS	X0, X5
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X5
	MOVAPS	X2, X6
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X6
	MOVAPS	X2, X4
	MOVHLPS	X0, X4			/* bytes 4-7 of the four rows */
	MOVAPS	X5, X0
	MOVLHPS	X6, X5			/* 8-11 */
	MOVHLPS	X0, X6			/* 12-15 */
	MOVO	X4, X0
	PAND	336(R13), X0		/* sc of sub-blocks 0-3, a byte each */
	MOVO	X5, X1
	PAND	336(R13), X1		/* m of 0-3 */
	MOVO	X6, X2
	PAND	256(R13), X2
	PSRLL	$2, X4
	PAND	352(R13), X4
	POR	X4, X2			/* sc of 4-7 */
	PSRLL	$4, X6
	PAND	256(R13), X6
	PSRLL	$2, X5
	PAND	352(R13), X5
	POR	X5, X6			/* m of 4-7 */
	MOVO	X0, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 0(R13)
	MOVO	X1, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 16(R13)
	MOVO	X0, X4
	PSRLL	$8, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 32(R13)
	MOVO	X1, X4
	PSRLL	$8, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 48(R13)
	MOVO	X0, X4
	PSRLL	$16, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 64(R13)
	MOVO	X1, X4
	PSRLL	$16, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 80(R13)
	MOVO	X0, X4
	PSRLL	$24, X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 96(R13)
	MOVO	X1, X4
	PSRLL	$24, X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 112(R13)
	MOVO	X2, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 128(R13)
	MOVO	X6, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 144(R13)
	MOVO	X2, X4
	PSRLL	$8, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 160(R13)
	MOVO	X6, X4
	PSRLL	$8, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 176(R13)
	MOVO	X2, X4
	PSRLL	$16, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 192(R13)
	MOVO	X6, X4
	PSRLL	$16, X4
	PAND	368(R13), X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 208(R13)
	MOVO	X2, X4
	PSRLL	$24, X4
	CVTPL2PS	X4, X4
	MULPS	X11, X4
	MOVAPS	X4, 224(R13)
	MOVO	X6, X4
	PSRLL	$24, X4
	CVTPL2PS	X4, X4
	MULPS	X12, X4
	MOVAPS	X4, 240(R13)
	RET

/*
 * q4kx4sse(Gargs*): four Q4_K rows, bit-identical to dotk: each
 * superblock's d·sc and dmin·m of its sub-blocks are made first, four
 * rows' in the lanes (the 6-bit numbers taken out of the 12 bytes as
 * kscale does, four rows' 32-bit words at a time), into the 256 bytes
 * of the table at the Gargs' tenth field (16-byte aligned: 384 bytes,
 * ksseconst's constants after the 256); then each pair of
 * sub-blocks' four sums, and ((float)sum·d·sc)·xs - ((float)Σx·dmin·m)·xs
 * added to the lanes in order. A pair's 32 bytes are read once as words,
 * word k of a 16 holding values 2k and 2k+1 of the pair's first
 * sub-block (bits 0 and 8) and of its second (4 and 12), each taken out
 * by a shift and 0x000F, against the words of the input's groups that
 * q4ktabsse lays out (x[2k], x[2k+1], x[16+2k], x[17+2k], then xs and
 * (float)Σx four times each: 96 bytes a group) at the Gargs' xs.
 * The Gargs' w is row 0's first superblock to sum, its blocks a row
 * how many (out each lane added to, from the value there); the rows two
 * quads ahead are prefetched into L2 as these are summed.
 */
TEXT	q4kx4sse(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*8), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row */
	MOVQ	72(BP), R13		/* the superblock's scales */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVQ	0(BP), DI
	MOVUPS	(DI), X8
	PCMPEQW	X15, X15
	PSRLW	$12, X15		/* 0x000F in every word */
	MOVO	304(R13), X14		/* 1 in every word */
	XORQ	AX, AX			/* the superblock's offset in a row */
ksuper:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	16(AX), R9		/* the pair's offset */
	MOVQ	$4, R15
kpair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */

	MOVOU	0(DX)(R9*1), X9
	MOVO	X9, X0
	PAND	X15, X0
	PMADDWL	0(SI), X0
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	16(SI), X10
	PADDL	X10, X0
	MOVO	X9, X4
	PSRLW	$4, X4
	PAND	X15, X4
	PMADDWL	96(SI), X4
	PSRLW	$12, X9
	PMADDWL	112(SI), X9
	PADDL	X9, X4
	MOVOU	16(DX)(R9*1), X9
	MOVO	X9, X10
	PAND	X15, X10
	PMADDWL	32(SI), X10
	PADDL	X10, X0
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	48(SI), X10
	PADDL	X10, X0
	MOVO	X9, X10
	PSRLW	$4, X10
	PAND	X15, X10
	PMADDWL	128(SI), X10
	PADDL	X10, X4
	PSRLW	$12, X9
	PMADDWL	144(SI), X9
	PADDL	X9, X4

	MOVOU	0(R10)(R9*1), X9
	MOVO	X9, X1
	PAND	X15, X1
	PMADDWL	0(SI), X1
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	16(SI), X10
	PADDL	X10, X1
	MOVO	X9, X5
	PSRLW	$4, X5
	PAND	X15, X5
	PMADDWL	96(SI), X5
	PSRLW	$12, X9
	PMADDWL	112(SI), X9
	PADDL	X9, X5
	MOVOU	16(R10)(R9*1), X9
	MOVO	X9, X10
	PAND	X15, X10
	PMADDWL	32(SI), X10
	PADDL	X10, X1
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	48(SI), X10
	PADDL	X10, X1
	MOVO	X9, X10
	PSRLW	$4, X10
	PAND	X15, X10
	PMADDWL	128(SI), X10
	PADDL	X10, X5
	PSRLW	$12, X9
	PMADDWL	144(SI), X9
	PADDL	X9, X5

	MOVOU	0(R11)(R9*1), X9
	MOVO	X9, X2
	PAND	X15, X2
	PMADDWL	0(SI), X2
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	16(SI), X10
	PADDL	X10, X2
	MOVO	X9, X6
	PSRLW	$4, X6
	PAND	X15, X6
	PMADDWL	96(SI), X6
	PSRLW	$12, X9
	PMADDWL	112(SI), X9
	PADDL	X9, X6
	MOVOU	16(R11)(R9*1), X9
	MOVO	X9, X10
	PAND	X15, X10
	PMADDWL	32(SI), X10
	PADDL	X10, X2
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	48(SI), X10
	PADDL	X10, X2
	MOVO	X9, X10
	PSRLW	$4, X10
	PAND	X15, X10
	PMADDWL	128(SI), X10
	PADDL	X10, X6
	PSRLW	$12, X9
	PMADDWL	144(SI), X9
	PADDL	X9, X6

	MOVOU	0(R12)(R9*1), X9
	MOVO	X9, X3
	PAND	X15, X3
	PMADDWL	0(SI), X3
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	16(SI), X10
	PADDL	X10, X3
	MOVO	X9, X7
	PSRLW	$4, X7
	PAND	X15, X7
	PMADDWL	96(SI), X7
	PSRLW	$12, X9
	PMADDWL	112(SI), X9
	PADDL	X9, X7
	MOVOU	16(R12)(R9*1), X9
	MOVO	X9, X10
	PAND	X15, X10
	PMADDWL	32(SI), X10
	PADDL	X10, X3
	MOVO	X9, X10
	PSRLW	$8, X10
	PAND	X15, X10
	PMADDWL	48(SI), X10
	PADDL	X10, X3
	MOVO	X9, X10
	PSRLW	$4, X10
	PAND	X15, X10
	PMADDWL	128(SI), X10
	PADDL	X10, X7
	PSRLW	$12, X9
	PMADDWL	144(SI), X9
	PADDL	X9, X7

	/* the first sub-block's four rows into the lanes of X0, the second's of X4 (each lane's fits in 16 bits) */
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	X14, X0
	PMADDWL	X14, X2
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	X14, X4
	PMADDWL	X14, X6
	MOVAPS	X4, X9
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X9
	PADDL	X9, X4
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	64(SI), X0		/* xs */
	MOVAPS	80(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	64(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X8
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4		/* d·sc */
	MULPS	160(SI), X4		/* xs */
	MOVAPS	176(SI), X5		/* Σx */
	MULPS	48(R14), X5		/* dmin·m */
	MULPS	160(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X8
	ADDQ	$192, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	kpair
	ADDQ	$144, AX
	CMPQ	AX, R8
	JLT	ksuper
	MOVQ	0(BP), DI
	MOVUPS	X8, (DI)
	RET

/*
 * q4ktabsse(t, x, xs, xsum, ng): q4kx4sse's table of ng groups of the
 * input, 96 bytes a group at t (16-byte aligned): the words x[2k],
 * x[2k+1], x[16+2k] and x[17+2k] for k < 8, then xs and (float)Σx four
 * times each.
 */
TEXT	q4ktabsse(SB), $0
	MOVQ	BP, DI			/* t */
	MOVQ	x+8(FP), SI
	MOVQ	xs+16(FP), R9
	MOVQ	xsum+24(FP), R8
	MOVQ	ng+32(FP), CX
k4tab:
	CMPQ	CX, $0
	JLE	k4tabdone
	MOVOU	0(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 0(DI)		/* x[2k] */
	MOVO	X1, 16(DI)		/* x[2k+1] */
	MOVOU	16(SI), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	MOVO	X2, 32(DI)
	MOVO	X3, 48(DI)
	MOVSS	0(R9), X4
	SHUFPS	$0x00, X4, X4
	MOVO	X4, 64(DI)
	MOVSS	0(R8), X5
	SHUFPS	$0x00, X5, X5
	CVTPL2PS	X5, X5
	MOVO	X5, 80(DI)
	ADDQ	$32, SI
	ADDQ	$4, R8
	ADDQ	$4, R9
	ADDQ	$96, DI
	DECQ	CX
	JMP	k4tab
k4tabdone:
	RET

/*
 * q6kx4sse(Gargs*): four Q6_K rows, bit-identical to dotq6_k. Each
 * superblock's sixteen int8 scales and d are laid out first, four rows'
 * in the lanes as floats, in the 448 bytes at the Gargs' tab (16-byte
 * aligned: scales, ksseconst's constants, d at 384, scratch). Then a half's 16 bytes of ql at
 * 16c+32p and 16 of qh at 16c make the 6-bit values of sub-blocks
 * 2p+c and 4+2p+c as bytes (the low and high nibbles, the qh bits above
 * them), each taken as words by 0x00FF and a shift, against the words
 * x[2k] and x[2k+1] of the input's 16 that q6ktabsse lays out. A 16's
 * four rows' sums go into the lanes (each lane's fits in 16 bits, so
 * PACKSSLW and PMADDWL by 1 sum them), less 32Σx (so Σ(q-32)x), times
 * their scale in float (exact: each product and the sum of a 32's two
 * stay below 2^24, so they are the C's integer), times d, times xs,
 * added to the lanes in the C's order of the 32s. The Gargs' w is row
 * 0's first superblock to sum, its blocks a row how many (out each lane
 * added to, from the value there); the rows two quads ahead are
 * prefetched into L2 as these are summed.
 */
TEXT	q6kx4sse(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*2), R8
	LEAQ	(R8)(R8*4), R8
	MOVQ	R8, DI
	SHLQ	$4, R8
	SHLQ	$1, DI
	SUBQ	DI, R8			/* the superblocks' bytes in a row: 210 each */
	MOVQ	72(BP), R13		/* the superblock's scales and d */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	MOVO	256(R13), X13		/* 0x0F in every byte */
	MOVO	352(R13), X14		/* 0x30 in every byte */
	MOVO	288(R13), X15		/* 0x00FF in every word */
	MOVQ	0(BP), DI
	MOVUPS	(DI), X11
	XORQ	AX, AX			/* the superblock's offset in a row */
q6super:
	MOVQ	64(BP), DI		/* the half table */
	MOVWLZX	208(DX)(AX*1), R9
	MOVSS	(DI)(R9*4), X4
	MOVWLZX	208(R10)(AX*1), R9
	MOVSS	(DI)(R9*4), X5
	MOVWLZX	208(R11)(AX*1), R9
	MOVSS	(DI)(R9*4), X6
	MOVWLZX	208(R12)(AX*1), R9
	MOVSS	(DI)(R9*4), X7
	UNPCKLPS	X5, X4
	UNPCKLPS	X7, X6
	MOVLHPS	X6, X4
	MOVAPS	X4, 384(R13)
	/* the scales: four rows' bytes interleaved, then each sign-extended into a lane */
	MOVOU	192(DX)(AX*1), X0
	MOVOU	192(R10)(AX*1), X1
	MOVOU	192(R11)(AX*1), X2
	MOVOU	192(R12)(AX*1), X3
	MOVO	X0, X4
	PUNPCKLBW	X1, X0
	PUNPCKHBW	X1, X4
	MOVO	X2, X5
	PUNPCKLBW	X3, X2
	PUNPCKHBW	X3, X5
	MOVO	X0, X1
	PUNPCKLWL	X2, X0		/* scales 0-3, rows in the bytes of a lane */
	PUNPCKHWL	X2, X1		/* 4-7 */
	MOVO	X4, X3
	PUNPCKLWL	X5, X4		/* 8-11 */
	PUNPCKHWL	X5, X3		/* 12-15 */
	MOVO	X0, X6
	PUNPCKLBW	X0, X0
	PUNPCKHBW	X6, X6
	MOVO	X0, X7
	PUNPCKLWL	X0, X0
	PUNPCKHWL	X7, X7
	PSRAL	$24, X0
	PSRAL	$24, X7
	CVTPL2PS	X0, X0
	CVTPL2PS	X7, X7
	MOVAPS	X0, 0(R13)
	MOVAPS	X7, 16(R13)
	MOVO	X6, X7
	PUNPCKLWL	X6, X6
	PUNPCKHWL	X7, X7
	PSRAL	$24, X6
	PSRAL	$24, X7
	CVTPL2PS	X6, X6
	CVTPL2PS	X7, X7
	MOVAPS	X6, 32(R13)
	MOVAPS	X7, 48(R13)
	MOVO	X1, X6
	PUNPCKLBW	X1, X1
	PUNPCKHBW	X6, X6
	MOVO	X1, X7
	PUNPCKLWL	X1, X1
	PUNPCKHWL	X7, X7
	PSRAL	$24, X1
	PSRAL	$24, X7
	CVTPL2PS	X1, X1
	CVTPL2PS	X7, X7
	MOVAPS	X1, 64(R13)
	MOVAPS	X7, 80(R13)
	MOVO	X6, X7
	PUNPCKLWL	X6, X6
	PUNPCKHWL	X7, X7
	PSRAL	$24, X6
	PSRAL	$24, X7
	CVTPL2PS	X6, X6
	CVTPL2PS	X7, X7
	MOVAPS	X6, 96(R13)
	MOVAPS	X7, 112(R13)
	MOVO	X4, X6
	PUNPCKLBW	X4, X4
	PUNPCKHBW	X6, X6
	MOVO	X4, X7
	PUNPCKLWL	X4, X4
	PUNPCKHWL	X7, X7
	PSRAL	$24, X4
	PSRAL	$24, X7
	CVTPL2PS	X4, X4
	CVTPL2PS	X7, X7
	MOVAPS	X4, 128(R13)
	MOVAPS	X7, 144(R13)
	MOVO	X6, X7
	PUNPCKLWL	X6, X6
	PUNPCKHWL	X7, X7
	PSRAL	$24, X6
	PSRAL	$24, X7
	CVTPL2PS	X6, X6
	CVTPL2PS	X7, X7
	MOVAPS	X6, 160(R13)
	MOVAPS	X7, 176(R13)
	MOVO	X3, X6
	PUNPCKLBW	X3, X3
	PUNPCKHBW	X6, X6
	MOVO	X3, X7
	PUNPCKLWL	X3, X3
	PUNPCKHWL	X7, X7
	PSRAL	$24, X3
	PSRAL	$24, X7
	CVTPL2PS	X3, X3
	CVTPL2PS	X7, X7
	MOVAPS	X3, 192(R13)
	MOVAPS	X7, 208(R13)
	MOVO	X6, X7
	PUNPCKLWL	X6, X6
	PUNPCKHWL	X7, X7
	PSRAL	$24, X6
	PSRAL	$24, X7
	CVTPL2PS	X6, X6
	CVTPL2PS	X7, X7
	MOVAPS	X6, 224(R13)
	MOVAPS	X7, 240(R13)
	MOVQ	AX, R9			/* the half's ql */
	MOVQ	AX, R14			/* its qh, less 128 */
	MOVQ	R13, R15		/* its scales */
q6half:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0B	/* PREFETCHT1 (BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x14; BYTE $0x0F	/* PREFETCHT1 (DI)(R9*1) */
	MOVOU	0(DX)(R9*1), X8
	MOVOU	128(DX)(R14*1), X9
	MOVO	X8, X0
	PAND	X13, X0
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X0
	MOVO	X0, X10
	PAND	X15, X10
	PSRLW	$8, X0
	PMADDWL	0(SI), X10
	PMADDWL	16(SI), X0
	PADDL	X10, X0
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X4
	PAND	X15, X4
	PSRLW	$8, X8
	PMADDWL	32(SI), X4
	PMADDWL	48(SI), X8
	PADDL	X8, X4
	MOVOU	0(R10)(R9*1), X8
	MOVOU	128(R10)(R14*1), X9
	MOVO	X8, X1
	PAND	X13, X1
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X1
	MOVO	X1, X10
	PAND	X15, X10
	PSRLW	$8, X1
	PMADDWL	0(SI), X10
	PMADDWL	16(SI), X1
	PADDL	X10, X1
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X5
	PAND	X15, X5
	PSRLW	$8, X8
	PMADDWL	32(SI), X5
	PMADDWL	48(SI), X8
	PADDL	X8, X5
	MOVOU	0(R11)(R9*1), X8
	MOVOU	128(R11)(R14*1), X9
	MOVO	X8, X2
	PAND	X13, X2
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X2
	MOVO	X2, X10
	PAND	X15, X10
	PSRLW	$8, X2
	PMADDWL	0(SI), X10
	PMADDWL	16(SI), X2
	PADDL	X10, X2
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X6
	PAND	X15, X6
	PSRLW	$8, X8
	PMADDWL	32(SI), X6
	PMADDWL	48(SI), X8
	PADDL	X8, X6
	MOVOU	0(R12)(R9*1), X8
	MOVOU	128(R12)(R14*1), X9
	MOVO	X8, X3
	PAND	X13, X3
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X3
	MOVO	X3, X10
	PAND	X15, X10
	PSRLW	$8, X3
	PMADDWL	0(SI), X10
	PMADDWL	16(SI), X3
	PADDL	X10, X3
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X7
	PAND	X15, X7
	PSRLW	$8, X8
	PMADDWL	32(SI), X7
	PMADDWL	48(SI), X8
	PADDL	X8, X7
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	MOVAPS	X0, X12
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X12
	PADDL	X12, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X4, X12
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X12
	PADDL	X12, X4
	PSUBL	64(SI), X0
	CVTPL2PS	X0, X0
	MULPS	0(R15), X0		/* sc */
	PSUBL	80(SI), X4
	CVTPL2PS	X4, X4
	MULPS	64(R15), X4
	MOVAPS	X0, 400(R13)
	MOVAPS	X4, 416(R13)
	MOVOU	16(DX)(R9*1), X8
	MOVOU	144(DX)(R14*1), X9
	MOVO	X8, X0
	PAND	X13, X0
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X0
	MOVO	X0, X10
	PAND	X15, X10
	PSRLW	$8, X0
	PMADDWL	96(SI), X10
	PMADDWL	112(SI), X0
	PADDL	X10, X0
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X4
	PAND	X15, X4
	PSRLW	$8, X8
	PMADDWL	128(SI), X4
	PMADDWL	144(SI), X8
	PADDL	X8, X4
	MOVOU	16(R10)(R9*1), X8
	MOVOU	144(R10)(R14*1), X9
	MOVO	X8, X1
	PAND	X13, X1
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X1
	MOVO	X1, X10
	PAND	X15, X10
	PSRLW	$8, X1
	PMADDWL	96(SI), X10
	PMADDWL	112(SI), X1
	PADDL	X10, X1
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X5
	PAND	X15, X5
	PSRLW	$8, X8
	PMADDWL	128(SI), X5
	PMADDWL	144(SI), X8
	PADDL	X8, X5
	MOVOU	16(R11)(R9*1), X8
	MOVOU	144(R11)(R14*1), X9
	MOVO	X8, X2
	PAND	X13, X2
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X2
	MOVO	X2, X10
	PAND	X15, X10
	PSRLW	$8, X2
	PMADDWL	96(SI), X10
	PMADDWL	112(SI), X2
	PADDL	X10, X2
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X6
	PAND	X15, X6
	PSRLW	$8, X8
	PMADDWL	128(SI), X6
	PMADDWL	144(SI), X8
	PADDL	X8, X6
	MOVOU	16(R12)(R9*1), X8
	MOVOU	144(R12)(R14*1), X9
	MOVO	X8, X3
	PAND	X13, X3
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X3
	MOVO	X3, X10
	PAND	X15, X10
	PSRLW	$8, X3
	PMADDWL	96(SI), X10
	PMADDWL	112(SI), X3
	PADDL	X10, X3
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X7
	PAND	X15, X7
	PSRLW	$8, X8
	PMADDWL	128(SI), X7
	PMADDWL	144(SI), X8
	PADDL	X8, X7
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	MOVAPS	X0, X12
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X12
	PADDL	X12, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X4, X12
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X12
	PADDL	X12, X4
	PSUBL	160(SI), X0
	CVTPL2PS	X0, X0
	MULPS	16(R15), X0		/* sc */
	PSUBL	176(SI), X4
	CVTPL2PS	X4, X4
	MULPS	80(R15), X4
	ADDPS	400(R13), X0
	MULPS	384(R13), X0		/* d */
	MULPS	192(SI), X0		/* xs */
	ADDPS	416(R13), X4
	MULPS	384(R13), X4
	MULPS	208(SI), X4
	ADDPS	X0, X11
	MOVAPS	X4, 432(R13)
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT1 128(BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT1 128(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT1 128(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x94; BYTE $0x0F; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT1 128(DI)(R9*1) */
	MOVOU	32(DX)(R9*1), X8
	MOVOU	128(DX)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X0
	PAND	X13, X0
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X0
	MOVO	X0, X10
	PAND	X15, X10
	PSRLW	$8, X0
	PMADDWL	224(SI), X10
	PMADDWL	240(SI), X0
	PADDL	X10, X0
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X4
	PAND	X15, X4
	PSRLW	$8, X8
	PMADDWL	256(SI), X4
	PMADDWL	272(SI), X8
	PADDL	X8, X4
	MOVOU	32(R10)(R9*1), X8
	MOVOU	128(R10)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X1
	PAND	X13, X1
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X1
	MOVO	X1, X10
	PAND	X15, X10
	PSRLW	$8, X1
	PMADDWL	224(SI), X10
	PMADDWL	240(SI), X1
	PADDL	X10, X1
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X5
	PAND	X15, X5
	PSRLW	$8, X8
	PMADDWL	256(SI), X5
	PMADDWL	272(SI), X8
	PADDL	X8, X5
	MOVOU	32(R11)(R9*1), X8
	MOVOU	128(R11)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X2
	PAND	X13, X2
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X2
	MOVO	X2, X10
	PAND	X15, X10
	PSRLW	$8, X2
	PMADDWL	224(SI), X10
	PMADDWL	240(SI), X2
	PADDL	X10, X2
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X6
	PAND	X15, X6
	PSRLW	$8, X8
	PMADDWL	256(SI), X6
	PMADDWL	272(SI), X8
	PADDL	X8, X6
	MOVOU	32(R12)(R9*1), X8
	MOVOU	128(R12)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X3
	PAND	X13, X3
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X3
	MOVO	X3, X10
	PAND	X15, X10
	PSRLW	$8, X3
	PMADDWL	224(SI), X10
	PMADDWL	240(SI), X3
	PADDL	X10, X3
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X7
	PAND	X15, X7
	PSRLW	$8, X8
	PMADDWL	256(SI), X7
	PMADDWL	272(SI), X8
	PADDL	X8, X7
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	MOVAPS	X0, X12
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X12
	PADDL	X12, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X4, X12
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X12
	PADDL	X12, X4
	PSUBL	288(SI), X0
	CVTPL2PS	X0, X0
	MULPS	32(R15), X0		/* sc */
	PSUBL	304(SI), X4
	CVTPL2PS	X4, X4
	MULPS	96(R15), X4
	MOVAPS	X0, 400(R13)
	MOVAPS	X4, 416(R13)
	MOVOU	48(DX)(R9*1), X8
	MOVOU	144(DX)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X0
	PAND	X13, X0
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X0
	MOVO	X0, X10
	PAND	X15, X10
	PSRLW	$8, X0
	PMADDWL	320(SI), X10
	PMADDWL	336(SI), X0
	PADDL	X10, X0
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X4
	PAND	X15, X4
	PSRLW	$8, X8
	PMADDWL	352(SI), X4
	PMADDWL	368(SI), X8
	PADDL	X8, X4
	MOVOU	48(R10)(R9*1), X8
	MOVOU	144(R10)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X1
	PAND	X13, X1
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X1
	MOVO	X1, X10
	PAND	X15, X10
	PSRLW	$8, X1
	PMADDWL	320(SI), X10
	PMADDWL	336(SI), X1
	PADDL	X10, X1
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X5
	PAND	X15, X5
	PSRLW	$8, X8
	PMADDWL	352(SI), X5
	PMADDWL	368(SI), X8
	PADDL	X8, X5
	MOVOU	48(R11)(R9*1), X8
	MOVOU	144(R11)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X2
	PAND	X13, X2
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X2
	MOVO	X2, X10
	PAND	X15, X10
	PSRLW	$8, X2
	PMADDWL	320(SI), X10
	PMADDWL	336(SI), X2
	PADDL	X10, X2
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X6
	PAND	X15, X6
	PSRLW	$8, X8
	PMADDWL	352(SI), X6
	PMADDWL	368(SI), X8
	PADDL	X8, X6
	MOVOU	48(R12)(R9*1), X8
	MOVOU	144(R12)(R14*1), X9
	PSRLW	$2, X9
	MOVO	X8, X3
	PAND	X13, X3
	MOVO	X9, X10
	PSLLW	$4, X10
	PAND	X14, X10
	POR	X10, X3
	MOVO	X3, X10
	PAND	X15, X10
	PSRLW	$8, X3
	PMADDWL	320(SI), X10
	PMADDWL	336(SI), X3
	PADDL	X10, X3
	PSRLW	$4, X8
	PAND	X13, X8
	PAND	X14, X9
	POR	X9, X8
	MOVO	X8, X7
	PAND	X15, X7
	PSRLW	$8, X8
	PMADDWL	352(SI), X7
	PMADDWL	368(SI), X8
	PADDL	X8, X7
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	MOVAPS	X0, X12
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X12
	PADDL	X12, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X4, X12
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X12
	PADDL	X12, X4
	PSUBL	384(SI), X0
	CVTPL2PS	X0, X0
	MULPS	48(R15), X0		/* sc */
	PSUBL	400(SI), X4
	CVTPL2PS	X4, X4
	MULPS	112(R15), X4
	ADDPS	400(R13), X0
	MULPS	384(R13), X0		/* d */
	MULPS	416(SI), X0		/* xs */
	ADDPS	416(R13), X4
	MULPS	384(R13), X4
	MULPS	432(SI), X4
	ADDPS	X0, X11
	ADDPS	432(R13), X11
	ADDPS	X4, X11
	ADDQ	$64, R9
	ADDQ	$32, R14
	ADDQ	$128, R15
	ADDQ	$448, SI
	LEAQ	128(R13), DI
	CMPQ	R15, DI
	JLE	q6half
	ADDQ	$210, AX
	CMPQ	AX, R8
	JLT	q6super
	MOVQ	0(BP), DI
	MOVUPS	X11, (DI)
	RET

/*
 * q6ktabsse(t, x, xs, ns): q6kx4sse's table of ns superblocks of the
 * input, 896 bytes each at t (16-byte aligned), in the order the kernel
 * reads it: for each half, for p and c of 0 and 1, the words x[2k] and
 * x[2k+1] of the 16s 2p+c and 4+2p+c, their 32Σx four times each, and
 * after c of 1 the xs of the 32s p and 2+p four times each.
 */
TEXT	q6ktabsse(SB), $0
	MOVQ	BP, DI			/* t */
	MOVQ	x+8(FP), SI
	MOVQ	xs+16(FP), R9
	MOVQ	ns+24(FP), CX
	SHLQ	$1, CX			/* halves */
	PCMPEQW	X7, X7
	PSRLW	$15, X7			/* 1 in every word */
k6tab:
	CMPQ	CX, $0
	JLE	k6tabdone
	MOVOU	0(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 0(DI)
	MOVO	X1, 16(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 64(DI)
	MOVOU	64(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 32(DI)
	MOVO	X1, 48(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 80(DI)
	MOVOU	16(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 96(DI)
	MOVO	X1, 112(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 160(DI)
	MOVOU	80(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 128(DI)
	MOVO	X1, 144(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 176(DI)
	MOVSS	0(R9), X0
	SHUFPS	$0x00, X0, X0
	MOVAPS	X0, 192(DI)
	MOVSS	8(R9), X0
	SHUFPS	$0x00, X0, X0
	MOVAPS	X0, 208(DI)
	MOVOU	32(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 224(DI)
	MOVO	X1, 240(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 288(DI)
	MOVOU	96(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 256(DI)
	MOVO	X1, 272(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 304(DI)
	MOVOU	48(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 320(DI)
	MOVO	X1, 336(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 384(DI)
	MOVOU	112(SI), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PSRAW	$8, X1
	MOVO	X0, 352(DI)
	MOVO	X1, 368(DI)
	PMADDWL	X7, X0
	PMADDWL	X7, X1
	PADDL	X1, X0
	PSHUFL	$0x4E, X0, X1
	PADDL	X1, X0
	PSHUFL	$0xB1, X0, X1
	PADDL	X1, X0
	PSLLL	$5, X0
	MOVO	X0, 400(DI)
	MOVSS	4(R9), X0
	SHUFPS	$0x00, X0, X0
	MOVAPS	X0, 416(DI)
	MOVSS	12(R9), X0
	SHUFPS	$0x00, X0, X0
	MOVAPS	X0, 432(DI)
	ADDQ	$128, SI
	ADDQ	$16, R9
	ADDQ	$448, DI
	DECQ	CX
	JMP	k6tab
k6tabdone:
	RET

/*
 * f16x4sse(Gargs*) and bf16x4sse(Gargs*): four F16 or BF16 rows
 * times the FP32 input (the Gargs' xs), bit-identical to dotf16 and
 * dotbf16: eight columns at a time, each row's halves made floats
 * exactly (BF16: the half above 16 zero bits; F16: its magnitude's bits
 * shifted up 13 and multiplied by 2^112, which places subnormals too,
 * infinities and NaNs with the exponent filled in, the sign put back),
 * four rows' columns turned into lanes, then w·x added to each lane
 * column after column, in the C's order. The rows' length in columns is
 * a multiple of 8.
 */
TEXT	f16x4sse(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	0(BP), DI		/* out */
	PCMPEQW	X9, X9
	PSRLL	$17, X9			/* 0x7FFF in every word */
	PCMPEQW	X13, X13
	PSRLL	$31, X13
	PSLLL	$10, X13
	MOVO	X9, X11
	PSUBL	X13, X11		/* 0x7BFF: above, exponent 31 */
	PCMPEQW	X12, X12
	PSRLL	$29, X12
	PSLLL	$28, X12		/* 0x70000000 */
	PCMPEQW	X10, X10
	PSRLL	$24, X10
	PCMPEQW	X13, X13
	PSRLL	$31, X13
	PSLLL	$4, X13
	PSUBL	X13, X10
	PSLLL	$23, X10		/* 2^112 */
f16quads:
	CMPQ	R8, $4
	JLT	f16done
	MOVQ	16(BP), SI		/* x */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	XORPS	X8, X8
	XORQ	AX, AX
f16cols:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* PREFETCHT0 (BX) */
	ADDQ	$64, BX
	MOVOU	(DX)(AX*1), X4
	PXOR	X13, X13
	PUNPCKLWL	X13, X4
	MOVO	X4, X13
	PAND	X9, X4
	PXOR	X4, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X4, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X4
	MOVO	X4, X15
	POR	X12, X15
	MULPS	X10, X4
	ANDPS	X14, X15
	ANDNPS	X4, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X4
	MOVOU	(R10)(AX*1), X5
	PXOR	X13, X13
	PUNPCKLWL	X13, X5
	MOVO	X5, X13
	PAND	X9, X5
	PXOR	X5, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X5, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X5
	MOVO	X5, X15
	POR	X12, X15
	MULPS	X10, X5
	ANDPS	X14, X15
	ANDNPS	X5, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X5
	MOVOU	(R11)(AX*1), X6
	PXOR	X13, X13
	PUNPCKLWL	X13, X6
	MOVO	X6, X13
	PAND	X9, X6
	PXOR	X6, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X6, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X6
	MOVO	X6, X15
	POR	X12, X15
	MULPS	X10, X6
	ANDPS	X14, X15
	ANDNPS	X6, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X6
	MOVOU	(R12)(AX*1), X7
	PXOR	X13, X13
	PUNPCKLWL	X13, X7
	MOVO	X7, X13
	PAND	X9, X7
	PXOR	X7, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X7, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X7
	MOVO	X7, X15
	POR	X12, X15
	MULPS	X10, X7
	ANDPS	X14, X15
	ANDNPS	X7, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X0
	MOVAPS	X4, X1
	UNPCKHPS	X5, X1
	MOVAPS	X6, X2
	UNPCKLPS	X7, X2
	MOVAPS	X6, X3
	UNPCKHPS	X7, X3
	MOVAPS	X0, X4
	MOVLHPS	X2, X4
	MOVAPS	X2, X5
	MOVHLPS	X0, X5
	MOVAPS	X1, X6
	MOVLHPS	X3, X6
	MOVAPS	X3, X7
	MOVHLPS	X1, X7
	MOVSS	0(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X4, X0
	ADDPS	X0, X8
	MOVSS	4(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X5, X0
	ADDPS	X0, X8
	MOVSS	8(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X6, X0
	ADDPS	X0, X8
	MOVSS	12(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X7, X0
	ADDPS	X0, X8
	MOVOU	(DX)(AX*1), X4
	PXOR	X13, X13
	PUNPCKHWL	X13, X4
	MOVO	X4, X13
	PAND	X9, X4
	PXOR	X4, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X4, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X4
	MOVO	X4, X15
	POR	X12, X15
	MULPS	X10, X4
	ANDPS	X14, X15
	ANDNPS	X4, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X4
	MOVOU	(R10)(AX*1), X5
	PXOR	X13, X13
	PUNPCKHWL	X13, X5
	MOVO	X5, X13
	PAND	X9, X5
	PXOR	X5, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X5, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X5
	MOVO	X5, X15
	POR	X12, X15
	MULPS	X10, X5
	ANDPS	X14, X15
	ANDNPS	X5, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X5
	MOVOU	(R11)(AX*1), X6
	PXOR	X13, X13
	PUNPCKHWL	X13, X6
	MOVO	X6, X13
	PAND	X9, X6
	PXOR	X6, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X6, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X6
	MOVO	X6, X15
	POR	X12, X15
	MULPS	X10, X6
	ANDPS	X14, X15
	ANDNPS	X6, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X6
	MOVOU	(R12)(AX*1), X7
	PXOR	X13, X13
	PUNPCKHWL	X13, X7
	MOVO	X7, X13
	PAND	X9, X7
	PXOR	X7, X13
	PSLLL	$16, X13		/* the sign */
	MOVO	X7, X14
	PCMPGTL	X11, X14		/* infinities and NaNs */
	PSLLL	$13, X7
	MOVO	X7, X15
	POR	X12, X15
	MULPS	X10, X7
	ANDPS	X14, X15
	ANDNPS	X7, X14
	POR	X15, X14
	POR	X13, X14
	MOVO	X14, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X0
	MOVAPS	X4, X1
	UNPCKHPS	X5, X1
	MOVAPS	X6, X2
	UNPCKLPS	X7, X2
	MOVAPS	X6, X3
	UNPCKHPS	X7, X3
	MOVAPS	X0, X4
	MOVLHPS	X2, X4
	MOVAPS	X2, X5
	MOVHLPS	X0, X5
	MOVAPS	X1, X6
	MOVLHPS	X3, X6
	MOVAPS	X3, X7
	MOVHLPS	X1, X7
	MOVSS	16(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X4, X0
	ADDPS	X0, X8
	MOVSS	20(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X5, X0
	ADDPS	X0, X8
	MOVSS	24(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X6, X0
	ADDPS	X0, X8
	MOVSS	28(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X7, X0
	ADDPS	X0, X8
	ADDQ	$32, SI
	ADDQ	$16, AX
	CMPQ	AX, CX
	JLT	f16cols
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	f16quads
f16done:
	RET

TEXT	bf16x4sse(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	56(BP), R8		/* d */
	MOVQ	0(BP), DI		/* out */
bf16quads:
	CMPQ	R8, $4
	JLT	bf16done
	MOVQ	16(BP), SI		/* x */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	XORPS	X8, X8
	XORQ	AX, AX
bf16cols:
	BYTE $0x0F; BYTE $0x18; BYTE $0x0B	/* PREFETCHT0 (BX) */
	ADDQ	$64, BX
	MOVOU	(DX)(AX*1), X13
	PXOR	X4, X4
	PUNPCKLWL	X13, X4
	MOVOU	(R10)(AX*1), X13
	PXOR	X5, X5
	PUNPCKLWL	X13, X5
	MOVOU	(R11)(AX*1), X13
	PXOR	X6, X6
	PUNPCKLWL	X13, X6
	MOVOU	(R12)(AX*1), X13
	PXOR	X7, X7
	PUNPCKLWL	X13, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X0
	MOVAPS	X4, X1
	UNPCKHPS	X5, X1
	MOVAPS	X6, X2
	UNPCKLPS	X7, X2
	MOVAPS	X6, X3
	UNPCKHPS	X7, X3
	MOVAPS	X0, X4
	MOVLHPS	X2, X4
	MOVAPS	X2, X5
	MOVHLPS	X0, X5
	MOVAPS	X1, X6
	MOVLHPS	X3, X6
	MOVAPS	X3, X7
	MOVHLPS	X1, X7
	MOVSS	0(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X4, X0
	ADDPS	X0, X8
	MOVSS	4(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X5, X0
	ADDPS	X0, X8
	MOVSS	8(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X6, X0
	ADDPS	X0, X8
	MOVSS	12(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X7, X0
	ADDPS	X0, X8
	MOVOU	(DX)(AX*1), X13
	PXOR	X4, X4
	PUNPCKHWL	X13, X4
	MOVOU	(R10)(AX*1), X13
	PXOR	X5, X5
	PUNPCKHWL	X13, X5
	MOVOU	(R11)(AX*1), X13
	PXOR	X6, X6
	PUNPCKHWL	X13, X6
	MOVOU	(R12)(AX*1), X13
	PXOR	X7, X7
	PUNPCKHWL	X13, X7
	MOVAPS	X4, X0
	UNPCKLPS	X5, X0
	MOVAPS	X4, X1
	UNPCKHPS	X5, X1
	MOVAPS	X6, X2
	UNPCKLPS	X7, X2
	MOVAPS	X6, X3
	UNPCKHPS	X7, X3
	MOVAPS	X0, X4
	MOVLHPS	X2, X4
	MOVAPS	X2, X5
	MOVHLPS	X0, X5
	MOVAPS	X1, X6
	MOVLHPS	X3, X6
	MOVAPS	X3, X7
	MOVHLPS	X1, X7
	MOVSS	16(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X4, X0
	ADDPS	X0, X8
	MOVSS	20(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X5, X0
	ADDPS	X0, X8
	MOVSS	24(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X6, X0
	ADDPS	X0, X8
	MOVSS	28(SI), X0
	SHUFPS	$0x00, X0, X0
	MULPS	X7, X0
	ADDPS	X0, X8
	ADDQ	$32, SI
	ADDQ	$16, AX
	CMPQ	AX, CX
	JLT	bf16cols
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	bf16quads
bf16done:
	RET

/*
 * q5kx4sse(Gargs*): four Q5_K rows, bit-identical to dotk with its
 * fifth bits: each superblock's d·sc and dmin·m made first by kscalesse
 * as for q4kx4sse, then for each pair of sub-blocks (2p and 2p+1) and
 * each 16 of their values, the row's 16 bytes of qs and the 16 of qh
 * (shifted right 2p: PSRLL, as the bits read, 0, 1, 8 and 9 of each
 * word, come from their own word; 6l encodes PSRLW by a memory count as
 * PSRAW) make the two sub-blocks' 5-bit values as bytes
 * (a nibble, the bit above it), each taken as words by 0x00FF and a
 * shift, against the words x[2k] and x[2k+1] of q4ktabsse's table (at
 * the Gargs' xs). Each lane of a sub-block's sums is at most eight
 * products (8·31·128), so PACKSSLW and PMADDWL by 1 put the four rows'
 * sums in the lanes, and ((float)sum·d·sc)·xs - ((float)Σx·dmin·m)·xs
 * is added to the lanes in order. The table at the Gargs' tab is 528
 * bytes (16-byte aligned): kscalesse's 256, then the constants
 * ksseconst (amd64.c) writes: 0x0F bytes, 0x10 bytes, 0x00FF words, 1
 * words, and the shift 2p at 320+64p. The Gargs'
 * w is row 0's first superblock to sum, its blocks a row how many (out
 * each lane added to, from the value there); the rows two quads ahead
 * are prefetched into L2 as these are summed.
 */
TEXT	q5kx4sse(SB), $0
	MOVQ	32(BP), DX		/* w: row 0 */
	MOVQ	40(BP), CX		/* rowbytes */
	MOVQ	48(BP), R8
	LEAQ	(R8)(R8*4), DI
	LEAQ	(R8)(DI*2), R8
	SHLQ	$4, R8			/* the superblocks' bytes in a row: 176 each */
	MOVQ	72(BP), R13		/* the superblock's scales, then constants */
	MOVQ	16(BP), SI		/* the input's table */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BX
	LEAQ	(BX)(CX*4), BX		/* the quad after the next */
	XORQ	AX, AX
	MOVQ	0(BP), DI
	MOVUPS	(DI), X8
k5super:
	MOVQ	64(BP), DI		/* the half table */
	CALL	kscalesse(SB)
	MOVQ	R13, R14
	LEAQ	48(AX), R9		/* the pair's qs */
	MOVQ	$4, R15
k5pair:
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0xD0	/* PREFETCHT1 -48(BX)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0B; BYTE $0x10	/* PREFETCHT1 16(BX)(R9*1) */
	LEAQ	(BX)(CX*1), DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	ADDQ	CX, DI
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0xD0	/* PREFETCHT1 -48(DI)(R9*1) */
	BYTE $0x42; BYTE $0x0F; BYTE $0x18; BYTE $0x54; BYTE $0x0F; BYTE $0x10	/* PREFETCHT1 16(DI)(R9*1) */
	MOVOU	0(DX)(R9*1), X9
	MOVOU	16(DX)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X0
	PAND	288(R13), X0
	PSRLW	$8, X11
	PMADDWL	0(SI), X0
	PMADDWL	16(SI), X11
	PADDL	X11, X0
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X4
	PAND	288(R13), X4
	PSRLW	$8, X9
	PMADDWL	96(SI), X4
	PMADDWL	112(SI), X9
	PADDL	X9, X4
	MOVOU	16(DX)(R9*1), X9
	MOVOU	32(DX)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X13
	PAND	288(R13), X13
	PSRLW	$8, X11
	PMADDWL	32(SI), X13
	PMADDWL	48(SI), X11
	PADDL	X13, X0
	PADDL	X11, X0
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X13
	PAND	288(R13), X13
	PSRLW	$8, X9
	PMADDWL	128(SI), X13
	PMADDWL	144(SI), X9
	PADDL	X13, X4
	PADDL	X9, X4
	MOVOU	0(R10)(R9*1), X9
	MOVOU	16(R10)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X1
	PAND	288(R13), X1
	PSRLW	$8, X11
	PMADDWL	0(SI), X1
	PMADDWL	16(SI), X11
	PADDL	X11, X1
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X5
	PAND	288(R13), X5
	PSRLW	$8, X9
	PMADDWL	96(SI), X5
	PMADDWL	112(SI), X9
	PADDL	X9, X5
	MOVOU	16(R10)(R9*1), X9
	MOVOU	32(R10)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X13
	PAND	288(R13), X13
	PSRLW	$8, X11
	PMADDWL	32(SI), X13
	PMADDWL	48(SI), X11
	PADDL	X13, X1
	PADDL	X11, X1
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X13
	PAND	288(R13), X13
	PSRLW	$8, X9
	PMADDWL	128(SI), X13
	PMADDWL	144(SI), X9
	PADDL	X13, X5
	PADDL	X9, X5
	MOVOU	0(R11)(R9*1), X9
	MOVOU	16(R11)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X2
	PAND	288(R13), X2
	PSRLW	$8, X11
	PMADDWL	0(SI), X2
	PMADDWL	16(SI), X11
	PADDL	X11, X2
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X6
	PAND	288(R13), X6
	PSRLW	$8, X9
	PMADDWL	96(SI), X6
	PMADDWL	112(SI), X9
	PADDL	X9, X6
	MOVOU	16(R11)(R9*1), X9
	MOVOU	32(R11)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X13
	PAND	288(R13), X13
	PSRLW	$8, X11
	PMADDWL	32(SI), X13
	PMADDWL	48(SI), X11
	PADDL	X13, X2
	PADDL	X11, X2
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X13
	PAND	288(R13), X13
	PSRLW	$8, X9
	PMADDWL	128(SI), X13
	PMADDWL	144(SI), X9
	PADDL	X13, X6
	PADDL	X9, X6
	MOVOU	0(R12)(R9*1), X9
	MOVOU	16(R12)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X3
	PAND	288(R13), X3
	PSRLW	$8, X11
	PMADDWL	0(SI), X3
	PMADDWL	16(SI), X11
	PADDL	X11, X3
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X7
	PAND	288(R13), X7
	PSRLW	$8, X9
	PMADDWL	96(SI), X7
	PMADDWL	112(SI), X9
	PADDL	X9, X7
	MOVOU	16(R12)(R9*1), X9
	MOVOU	32(R12)(AX*1), X10
	PSRLL	320(R14), X10
	MOVO	X9, X11
	PAND	256(R13), X11
	MOVO	X10, X12
	PSLLW	$4, X12
	PAND	272(R13), X12
	POR	X12, X11
	MOVO	X11, X13
	PAND	288(R13), X13
	PSRLW	$8, X11
	PMADDWL	32(SI), X13
	PMADDWL	48(SI), X11
	PADDL	X13, X3
	PADDL	X11, X3
	PSRLW	$4, X9
	PAND	256(R13), X9
	PSLLW	$3, X10
	PAND	272(R13), X10
	POR	X10, X9
	MOVO	X9, X13
	PAND	288(R13), X13
	PSRLW	$8, X9
	PMADDWL	128(SI), X13
	PMADDWL	144(SI), X9
	PADDL	X13, X7
	PADDL	X9, X7
	/* the first sub-block's four rows into the lanes of X0, the second's of X4 */
	PACKSSLW	X1, X0
	PACKSSLW	X3, X2
	PMADDWL	304(R13), X0
	PMADDWL	304(R13), X2
	MOVAPS	X0, X9
	SHUFPS	$0x88, X2, X0
	SHUFPS	$0xDD, X2, X9
	PADDL	X9, X0
	PACKSSLW	X5, X4
	PACKSSLW	X7, X6
	PMADDWL	304(R13), X4
	PMADDWL	304(R13), X6
	MOVAPS	X4, X9
	SHUFPS	$0x88, X6, X4
	SHUFPS	$0xDD, X6, X9
	PADDL	X9, X4
	CVTPL2PS	X0, X0
	MULPS	0(R14), X0		/* d·sc */
	MULPS	64(SI), X0		/* xs */
	MOVAPS	80(SI), X1		/* Σx */
	MULPS	16(R14), X1		/* dmin·m */
	MULPS	64(SI), X1
	SUBPS	X1, X0
	ADDPS	X0, X8
	CVTPL2PS	X4, X4
	MULPS	32(R14), X4
	MULPS	160(SI), X4
	MOVAPS	176(SI), X5
	MULPS	48(R14), X5
	MULPS	160(SI), X5
	SUBPS	X5, X4
	ADDPS	X4, X8
	ADDQ	$192, SI
	ADDQ	$64, R14
	ADDQ	$32, R9
	DECQ	R15
	JNE	k5pair
	ADDQ	$176, AX
	CMPQ	AX, R8
	JLT	k5super
	MOVQ	0(BP), DI
	MOVUPS	X8, (DI)
	RET
