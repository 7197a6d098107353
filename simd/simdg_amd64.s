/*
 * SSE2 products of GGUF Q4_0 and Q8_0 rows with the input quantized
 * to int8 in groups of 32, bit-identical to dotq4_0 and dotq8_0 in
 * simd/gquant.c: four rows at a time, one per lane, each block's
 * integer sum exact in 32 bits, then ((float)sum·d)·xs added to the
 * lane block after block, in the C's order.
 *
 * The input's bytes are made words once for the four rows: even ones
 * by PSLLW, PSRAW $8, odd ones by PSRAW $8. A Q4_0 row's nibbles are
 * unsigned words (PAND 0x0F0F, PSRLW $4; then PAND 0x00FF, PSRLW $8)
 * and its sum Σ(q-8)x is Σqx - 8·Σx, Σx the group's sum the quantizer
 * keeps. A block's d, a half, is looked up in the table of every half.
 *
 * Each takes a pointer to a Gargs of nine 8-byte fields:
 *	out, xq, xs, xsum, w, rowbytes, blocks a row, d, the half table
 * with d a multiple of 4 and at least one block.
 */
TEXT	q40x4sse(SB), $0
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
q4quads:
	CMPQ	R8, $4
	JLT	q4done
	MOVQ	8(BP), SI		/* xq */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	24(BP), R15		/* xsum */
	MOVQ	48(BP), BX		/* blocks */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	XORPS	X8, X8
	XORQ	AX, AX			/* the block's offset in a row */
q4block:
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

	MOVOU	2(DX)(AX*1), X4
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

	MOVOU	2(R10)(AX*1), X5
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

	MOVOU	2(R11)(AX*1), X6
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

	MOVOU	2(R12)(AX*1), X7
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
	MOVSS	(R15), X0		/* Σx */
	SHUFPS	$0x00, X0, X0
	PADDL	X0, X0
	PADDL	X0, X0
	PADDL	X0, X0
	PSUBL	X0, X4
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
	ADDQ	$18, AX
	DECQ	BX
	JNE	q4block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q4quads
q4done:
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
	MOVQ	48(BP), BX		/* blocks */
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	XORPS	X8, X8
	XORQ	AX, AX
q8block:
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
	DECQ	BX
	JNE	q8block
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	SUBQ	$4, R8
	JMP	q8quads
q8done:
	RET
