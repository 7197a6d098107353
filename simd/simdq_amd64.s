/*
 * SSE2 Q8_0 matrix-vector products, bit-identical to qmatmulc in
 * simd/port.c: the int8 products of a group are summed exactly in
 * 32-bit integers, then each lane holds one row and adds
 * ((float)sum·wscale)·xscale group after group, in runq.c's order.
 *
 * Sixteen bytes of a row are eight words: PSLLW $8 makes each word its
 * even byte times 256 and PSRAW $8 its odd byte. x is made once for all
 * the rows: its even bytes as words (PSLLW, PSRAW) and its odd bytes
 * times 256 (PAND 0xFF00). Two PMADDWLs then give 256 times the pair
 * sums of the sixteen products, and PSRAL $8 takes the 256 out once a
 * group: the sums stay exact while 256·gs·128² fits in 31 bits, gs < 512.
 *
 * qmatvec8sse takes rows eight at a time, so x is made once for eight,
 * and prefetches the next eight rows into L2 as these are summed (rows
 * of a few hundred bytes are too short for the hardware prefetcher).
 * qmatvecsse takes four, prefetching into L1: for the rows left over,
 * and for rows a multiple of 4096 bytes long, whose eight rows would
 * share one set of the 8-way L1 cache and evict each other.
 *
 * Both take a pointer to a Qargs of nine 8-byte fields:
 *	out, xq, xs, wq, ws, n, d, gs, n/gs·4
 * with gs a multiple of 16 below 512, n a multiple of gs and d a
 * multiple of 8 or 4. qmatvec8sse counts d down in the Qargs.
 */
TEXT	qmatvec8sse(SB), $0
	MOVQ	BP, R9			/* the Qargs, read again for xq, xs, d and gs */
	MOVQ	0(R9), DI		/* out */
	MOVQ	24(R9), DX		/* wq: row 0 of the block */
	MOVQ	32(R9), R15		/* ws: row 0's scales */
	MOVQ	40(R9), CX		/* n */
	LEAQ	(CX)(CX*2), R11
	MOVQ	64(R9), BX		/* the bytes of one row's scales */
	LEAQ	(BX)(BX*2), R12
	PCMPEQW	X9, X9
	PSLLW	$8, X9			/* 0xFF00 in every word */
blocks:
	CMPQ	48(R9), $8
	JLT	done8
	MOVQ	8(R9), SI		/* xq */
	MOVQ	16(R9), R14		/* xs */
	LEAQ	(DX)(CX*4), R10		/* row 4 */
	LEAQ	(R10)(CX*4), BP		/* the next block, prefetched as this one goes */
	LEAQ	(DX)(CX*1), R8		/* the end of row 0 */
	LEAQ	(R15)(BX*8), AX		/* and the next block's scales, now */
	LEAQ	(AX)(BX*8), R13
scales8:
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* PREFETCHT0 (AX): 6a has no PREFETCH */
	ADDQ	$64, AX
	CMPQ	AX, R13
	JLT	scales8
	XORPS	X12, X12
	XORPS	X13, X13
group8:
	CMPQ	DX, R8
	JGE	blockdone
	PXOR	X4, X4
	PXOR	X5, X5
	PXOR	X6, X6
	PXOR	X7, X7
	PXOR	X8, X8
	PXOR	X10, X10
	PXOR	X11, X11
	PXOR	X14, X14
	MOVQ	DX, R13
	ADDQ	56(R9), R13
sixteen8:
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x00	/* PREFETCHT1 0(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x55; BYTE $0x40	/* PREFETCHT1 64(BP) */
	MOVOU	(SI), X1
	MOVO	X1, X0
	PSLLW	$8, X0
	PSRAW	$8, X0
	PAND	X9, X1
	MOVOU	(DX), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X4
	PADDL	X3, X4
	MOVOU	(DX)(CX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X5
	PADDL	X3, X5
	MOVOU	(DX)(CX*2), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X6
	PADDL	X3, X6
	MOVOU	(DX)(R11*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X7
	PADDL	X3, X7
	MOVOU	(R10), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X8
	PADDL	X3, X8
	MOVOU	(R10)(CX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X10
	PADDL	X3, X10
	MOVOU	(R10)(CX*2), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X11
	PADDL	X3, X11
	MOVOU	(R10)(R11*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X14
	PADDL	X3, X14
	ADDQ	$16, SI
	ADDQ	$16, DX
	ADDQ	$16, R10
	ADDQ	$128, BP
	CMPQ	DX, R13
	JLT	sixteen8
	/* X4..X7 hold four partial sums of rows 0..3, X8, X10, X11, X14 of rows 4..7 */
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
	PSRAL	$8, X4
	CVTPL2PS	X4, X4
	MOVAPS	X8, X0
	UNPCKLPS	X10, X8
	UNPCKHPS	X10, X0
	PADDL	X0, X8
	MOVAPS	X11, X1
	UNPCKLPS	X14, X11
	UNPCKHPS	X14, X1
	PADDL	X1, X11
	MOVAPS	X8, X2
	MOVLHPS	X11, X8
	MOVHLPS	X2, X11
	PADDL	X11, X8
	PSRAL	$8, X8
	CVTPL2PS	X8, X8
	/* the eight rows' scales of this group */
	MOVSS	(R15), X0
	MOVSS	(R15)(BX*1), X1
	MOVSS	(R15)(BX*2), X2
	MOVSS	(R15)(R12*1), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X4
	LEAQ	(R15)(BX*4), AX
	MOVSS	(AX), X0
	MOVSS	(AX)(BX*1), X1
	MOVSS	(AX)(BX*2), X2
	MOVSS	(AX)(R12*1), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X8
	MOVSS	(R14), X15
	SHUFPS	$0x00, X15, X15
	MULPS	X15, X4
	MULPS	X15, X8
	ADDPS	X4, X12
	ADDPS	X8, X13
	ADDQ	$4, R15
	ADDQ	$4, R14
	JMP	group8
blockdone:
	MOVUPS	X12, (DI)
	MOVUPS	X13, 16(DI)
	ADDQ	$32, DI
	LEAQ	(R10)(R11*1), DX	/* R10 is at row 5: row 8 is three rows on */
	LEAQ	(R15)(BX*8), R15	/* R15 is at row 1's scales: row 8's are seven rows on */
	SUBQ	BX, R15
	SUBQ	$8, 48(R9)
	JMP	blocks
done8:
	RET

TEXT	qmatvecsse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	8(BP), SI		/* xq */
	MOVQ	24(BP), DX		/* wq: row 0 of the quad */
	MOVQ	32(BP), R15		/* ws: row 0's scales */
	MOVQ	40(BP), CX		/* n */
	MOVQ	48(BP), R8		/* d */
	MOVQ	56(BP), R9		/* gs */
	MOVQ	16(BP), R14		/* xs */
	PCMPEQW	X9, X9
	PSLLW	$8, X9			/* 0xFF00 in every word */
	MOVQ	64(BP), BX		/* the bytes of one row's scales */
quads:
	CMPQ	R8, $4
	JLT	qdone
	LEAQ	(DX)(CX*1), R10
	LEAQ	(R10)(CX*1), R11
	LEAQ	(R11)(CX*1), R12
	LEAQ	(R12)(CX*1), BP		/* the next quad, prefetched as this one goes */
	LEAQ	(R15)(BX*4), AX		/* and its scales, now */
	LEAQ	(AX)(BX*4), R13
scales:
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* PREFETCHT0 (AX) */
	ADDQ	$64, AX
	CMPQ	AX, R13
	JLT	scales
	XORPS	X8, X8
	XORQ	AX, AX
group:
	CMPQ	AX, CX
	JGE	quaddone
	PXOR	X4, X4
	PXOR	X5, X5
	PXOR	X6, X6
	PXOR	X7, X7
	LEAQ	(AX)(R9*1), R13
sixteen:
	BYTE $0x0F; BYTE $0x18; BYTE $0x4C; BYTE $0x85; BYTE $0x00	/* PREFETCHT0 0(BP)(AX*4) */
	MOVOU	(SI)(AX*1), X1
	MOVO	X1, X0
	PSLLW	$8, X0
	PSRAW	$8, X0			/* x's even bytes as words */
	PAND	X9, X1			/* x's odd bytes times 256 */
	MOVOU	(DX)(AX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X4
	PADDL	X3, X4
	MOVOU	(R10)(AX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X5
	PADDL	X3, X5
	MOVOU	(R11)(AX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X6
	PADDL	X3, X6
	MOVOU	(R12)(AX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X7
	PADDL	X3, X7
	ADDQ	$16, AX
	CMPQ	AX, R13
	JLT	sixteen
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
	PSRAL	$8, X4
	CVTPL2PS	X4, X4
	LEAQ	(R15)(BX*2), R13
	MOVSS	(R15), X0
	MOVSS	(R15)(BX*1), X1
	MOVSS	(R15)(BX*2), X2
	MOVSS	(R13)(BX*1), X3
	UNPCKLPS	X1, X0
	UNPCKLPS	X3, X2
	MOVLHPS	X2, X0
	MULPS	X0, X4
	MOVSS	(R14), X1
	SHUFPS	$0x00, X1, X1
	MULPS	X1, X4
	ADDPS	X4, X8
	ADDQ	$4, R15
	ADDQ	$4, R14
	JMP	group
quaddone:
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(CX*1), DX
	/* R15 is at row 1's scales: row 4's are three rows on */
	LEAQ	(R15)(BX*2), R15
	ADDQ	BX, R15
	SUBQ	BX, R14
	SUBQ	$4, R8
	JMP	quads
qdone:
	RET

/*
 * quantizesse(q, s, x, n, gs, k): x's Q8_0 as quantize in simd/port.c,
 * gs a multiple of 16 and n of gs, k holding 127 and 0.5: per group
 * scale = max|x|/127 (MAXPS keeps the larger as groupscale's compare
 * does, a NaN never), then each x/scale rounded half away from zero:
 * the whole part of |y| plus one when its fraction (exact in float)
 * is at least one half, the sign put back.
 */
TEXT	quantizesse(SB), $0
	MOVQ	BP, DI			/* q */
	MOVQ	s+8(FP), DX
	MOVQ	x+16(FP), SI
	MOVQ	n+24(FP), CX
	MOVQ	gs+32(FP), R8
	MOVQ	k+40(FP), AX
	MOVSS	(AX), X10		/* 127 */
	MOVSS	4(AX), X13
	SHUFPS	$0x00, X13, X13		/* 0.5 */
	PCMPEQL	X12, X12		/* -1 in every long */
	MOVO	X12, X11
	PSRLL	$24, X11		/* 0xFF */
	MOVO	X12, X14
	PSRLL	$1, X14			/* all but the sign */
	LEAQ	(SI)(CX*4), R9		/* the end of x */
	SHLQ	$2, R8			/* a group's bytes of x */
qzgroup:
	CMPQ	SI, R9
	JGE	qzdone
	LEAQ	(SI)(R8*1), R10		/* the group's end */
	XORPS	X0, X0
	MOVQ	SI, AX
qzmax:
	MOVUPS	(AX), X1
	MOVUPS	16(AX), X2
	MOVUPS	32(AX), X3
	MOVUPS	48(AX), X4
	ANDPS	X14, X1
	ANDPS	X14, X2
	ANDPS	X14, X3
	ANDPS	X14, X4
	MAXPS	X0, X1			/* X1 > X0 ? X1 : X0 */
	MAXPS	X1, X2
	MAXPS	X2, X3
	MAXPS	X3, X4
	MOVAPS	X4, X0
	ADDQ	$64, AX
	CMPQ	AX, R10
	JLT	qzmax
	MOVAPS	X0, X1
	SHUFPS	$0x4E, X1, X1
	MAXPS	X1, X0
	MOVAPS	X0, X1
	SHUFPS	$0xB1, X1, X1
	MAXPS	X1, X0
	DIVSS	X10, X0
	MOVSS	X0, (DX)
	SHUFPS	$0x00, X0, X0
	CMPL	(DX), $0
	LEAQ	4(DX), DX
	JEQ	qzzero
qz16:
	MOVUPS	0(SI), X1
	DIVPS	X0, X1			/* y = x/scale */
	MOVAPS	X1, X2
	ANDPS	X14, X2			/* |y| */
	CVTTPS2PL	X2, X3		/* its whole part */
	CVTPL2PS	X3, X4
	SUBPS	X4, X2			/* its fraction, exact */
	SUBPS	X13, X2			/* negative below one half */
	PSRAL	$31, X2
	PSUBL	X12, X3
	PADDL	X2, X3			/* |round(y)| */
	PSRAL	$31, X1
	PXOR	X1, X3
	PSUBL	X1, X3			/* round(y) with y's sign */
	PAND	X11, X3			/* its low byte, as the C cast to schar keeps */
	MOVUPS	16(SI), X1
	DIVPS	X0, X1			/* y = x/scale */
	MOVAPS	X1, X2
	ANDPS	X14, X2			/* |y| */
	CVTTPS2PL	X2, X5		/* its whole part */
	CVTPL2PS	X5, X4
	SUBPS	X4, X2			/* its fraction, exact */
	SUBPS	X13, X2			/* negative below one half */
	PSRAL	$31, X2
	PSUBL	X12, X5
	PADDL	X2, X5			/* |round(y)| */
	PSRAL	$31, X1
	PXOR	X1, X5
	PSUBL	X1, X5			/* round(y) with y's sign */
	PAND	X11, X5			/* its low byte, as the C cast to schar keeps */
	MOVUPS	32(SI), X1
	DIVPS	X0, X1			/* y = x/scale */
	MOVAPS	X1, X2
	ANDPS	X14, X2			/* |y| */
	CVTTPS2PL	X2, X6		/* its whole part */
	CVTPL2PS	X6, X4
	SUBPS	X4, X2			/* its fraction, exact */
	SUBPS	X13, X2			/* negative below one half */
	PSRAL	$31, X2
	PSUBL	X12, X6
	PADDL	X2, X6			/* |round(y)| */
	PSRAL	$31, X1
	PXOR	X1, X6
	PSUBL	X1, X6			/* round(y) with y's sign */
	PAND	X11, X6			/* its low byte, as the C cast to schar keeps */
	MOVUPS	48(SI), X1
	DIVPS	X0, X1			/* y = x/scale */
	MOVAPS	X1, X2
	ANDPS	X14, X2			/* |y| */
	CVTTPS2PL	X2, X7		/* its whole part */
	CVTPL2PS	X7, X4
	SUBPS	X4, X2			/* its fraction, exact */
	SUBPS	X13, X2			/* negative below one half */
	PSRAL	$31, X2
	PSUBL	X12, X7
	PADDL	X2, X7			/* |round(y)| */
	PSRAL	$31, X1
	PXOR	X1, X7
	PSUBL	X1, X7			/* round(y) with y's sign */
	PAND	X11, X7			/* its low byte, as the C cast to schar keeps */
	PACKSSLW	X5, X3
	PACKSSLW	X7, X6
	PACKUSWB	X6, X3
	MOVOU	X3, (DI)
	ADDQ	$64, SI
	ADDQ	$16, DI
	CMPQ	SI, R10
	JLT	qz16
	JMP	qzgroup
qzzero:					/* scale 0: every q 0 */
	PXOR	X3, X3
qzz:
	MOVOU	X3, (DI)
	ADDQ	$64, SI
	ADDQ	$16, DI
	CMPQ	SI, R10
	JLT	qzz
	JMP	qzgroup
qzdone:
	RET

/*
 * qmatvec4g4sse(a): groups of four (gs 4), four rows at a time, the
 * columns up to the last multiple of 16 (the caller does the rest).
 * Sixteen bytes are four groups, and the two PMADDWLs of the step above
 * leave one group's sum in each lane; each row's four sums are scaled
 * by its four scales and x's, and a transpose makes each group's terms
 * one register, added to the rows' sums group after group, in runq.c's
 * order. The Qargs as for qmatvecsse.
 */
TEXT	qmatvec4g4sse(SB), $0
	MOVQ	BP, R9
	MOVQ	0(R9), DI		/* out */
	MOVQ	24(R9), DX		/* wq */
	MOVQ	32(R9), R15		/* ws */
	MOVQ	40(R9), CX		/* n */
	LEAQ	(CX)(CX*2), R11
	MOVQ	64(R9), BX		/* the bytes of one row's scales */
	LEAQ	(BX)(BX*2), R12
	MOVQ	CX, R10
	ANDQ	$~15, R10		/* the columns done here */
	PCMPEQW	X9, X9
	PSLLW	$8, X9			/* 0xFF00 in every word */
g4quads:
	CMPQ	48(R9), $4
	JLT	g4done
	MOVQ	8(R9), SI		/* xq */
	MOVQ	16(R9), R14		/* xs */
	LEAQ	(DX)(R10*1), R13	/* the end of row 0's columns */
	XORPS	X12, X12
	MOVQ	DX, R8
	MOVQ	R15, AX
g4step:
	CMPQ	DX, R13
	JGE	g4rowsdone
	MOVOU	(SI), X1
	MOVO	X1, X0
	PSLLW	$8, X0
	PSRAW	$8, X0			/* x's even bytes */
	PAND	X9, X1			/* x's odd bytes times 256 */
	MOVUPS	(R14), X5		/* x's four scales */
	MOVOU	(DX), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X3, X2
	PSRAL	$8, X2
	CVTPL2PS	X2, X6
	MOVUPS	(R15), X4
	MULPS	X4, X6			/* the row's four scales */
	MULPS	X5, X6			/* then x's */
	MOVOU	(DX)(CX*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X3, X2
	PSRAL	$8, X2
	CVTPL2PS	X2, X7
	MOVUPS	(R15)(BX*1), X4
	MULPS	X4, X7			/* the row's four scales */
	MULPS	X5, X7			/* then x's */
	MOVOU	(DX)(CX*2), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X3, X2
	PSRAL	$8, X2
	CVTPL2PS	X2, X8
	MOVUPS	(R15)(BX*2), X4
	MULPS	X4, X8			/* the row's four scales */
	MULPS	X5, X8			/* then x's */
	MOVOU	(DX)(R11*1), X2
	MOVO	X2, X3
	PSLLW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X3, X2
	PSRAL	$8, X2
	CVTPL2PS	X2, X10
	MOVUPS	(R15)(R12*1), X4
	MULPS	X4, X10			/* the row's four scales */
	MULPS	X5, X10			/* then x's */
	/* X6, X7, X8, X10: rows 0..3, groups in lanes: transposed, group g of the four rows */
	MOVAPS	X6, X11
	UNPCKLPS	X7, X11		/* r0g0 r1g0 r0g1 r1g1 */
	UNPCKHPS	X7, X6		/* r0g2 r1g2 r0g3 r1g3 */
	MOVAPS	X8, X13
	UNPCKLPS	X10, X13	/* r2g0 r3g0 r2g1 r3g1 */
	UNPCKHPS	X10, X8		/* r2g2 r3g2 r2g3 r3g3 */
	MOVAPS	X11, X14
	MOVLHPS	X13, X14		/* group 0 */
	MOVHLPS	X11, X13		/* group 1 */
	ADDPS	X14, X12
	ADDPS	X13, X12
	MOVAPS	X6, X14
	MOVLHPS	X8, X14			/* group 2 */
	MOVHLPS	X6, X8			/* group 3 */
	ADDPS	X14, X12
	ADDPS	X8, X12
	ADDQ	$16, SI
	ADDQ	$16, DX
	ADDQ	$16, R15
	ADDQ	$16, R14
	JMP	g4step
g4rowsdone:
	MOVUPS	X12, (DI)
	ADDQ	$16, DI
	LEAQ	(R8)(CX*4), DX		/* row 4 */
	LEAQ	(AX)(BX*4), R15		/* its scales */
	SUBQ	$4, 48(R9)
	JMP	g4quads
g4done:
	RET

/*
 * q4x2sse(a): one matrix times four inputs, rows two at a time: each
 * sixteen bytes of a row widened once (as above) and PMADDWLed against
 * the four inputs' columns, which qmatmul4 in simd/amd64.c has widened
 * beforehand (in each 16, input t's even words at 32t, its odd ones
 * times 256 at 32t+16). Lane t of a row's sums is input t's, each
 * ((float)sum·wscale)·xscale added on group after group as qmatvecsse
 * does. The Q4args: out (four floats a row, carried in and out), xw,
 * xs4 (four scales a group), wq, ws, n, d (even), gs, n/gs·4, and the
 * columns of this pass, a multiple of gs.
 */
TEXT	q4x2sse(SB), $0
	MOVQ	BP, R9
	MOVQ	0(R9), DI		/* out */
	MOVQ	24(R9), DX		/* wq */
	MOVQ	32(R9), R15		/* ws */
	MOVQ	40(R9), CX		/* n */
	MOVQ	64(R9), BX		/* the bytes of one row's scales */
pairs:
	CMPQ	48(R9), $2
	JLT	q4done
	MOVQ	8(R9), SI		/* xw */
	MOVQ	16(R9), R14		/* xs4 */
	MOVQ	DX, R10
	MOVQ	R15, R11
	MOVQ	72(R9), R8
	ADDQ	DX, R8			/* the end of row 0's columns */
	MOVUPS	0(DI), X14
	MOVUPS	16(DI), X15
	LEAQ	(R15)(BX*4), AX		/* the scales of two pairs on, now */
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* PREFETCHT0 (AX) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x0C; BYTE $0x18	/* PREFETCHT0 (AX)(BX*1) */
	LEAQ	(DX)(CX*4), AX		/* and their rows as these go */
q4group:
	CMPQ	DX, R8
	JGE	pairdone
	PXOR	X0, X0
	PXOR	X1, X1
	PXOR	X2, X2
	PXOR	X3, X3
	PXOR	X4, X4
	PXOR	X5, X5
	PXOR	X6, X6
	PXOR	X7, X7
	MOVQ	DX, R13
	ADDQ	56(R9), R13
q4sixteen:
	BYTE $0x0F; BYTE $0x18; BYTE $0x08	/* PREFETCHT0 (AX) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x0C; BYTE $0x08	/* PREFETCHT0 (AX)(CX*1) */
	MOVOU	(DX), X8
	MOVO	X8, X9
	PSLLW	$8, X8			/* row 0's even bytes times 256 */
	PSRAW	$8, X9			/* and its odd ones */
	MOVOU	(DX)(CX*1), X10
	MOVO	X10, X11
	PSLLW	$8, X10
	PSRAW	$8, X11
	MOVO	0(SI), X12
	MOVO	0(SI), X13
	PMADDWL	X8, X12
	PMADDWL	X10, X13
	PADDL	X12, X0
	PADDL	X13, X4
	MOVO	16(SI), X12
	MOVO	16(SI), X13
	PMADDWL	X9, X12
	PMADDWL	X11, X13
	PADDL	X12, X0
	PADDL	X13, X4
	MOVO	32(SI), X12
	MOVO	32(SI), X13
	PMADDWL	X8, X12
	PMADDWL	X10, X13
	PADDL	X12, X1
	PADDL	X13, X5
	MOVO	48(SI), X12
	MOVO	48(SI), X13
	PMADDWL	X9, X12
	PMADDWL	X11, X13
	PADDL	X12, X1
	PADDL	X13, X5
	MOVO	64(SI), X12
	MOVO	64(SI), X13
	PMADDWL	X8, X12
	PMADDWL	X10, X13
	PADDL	X12, X2
	PADDL	X13, X6
	MOVO	80(SI), X12
	MOVO	80(SI), X13
	PMADDWL	X9, X12
	PMADDWL	X11, X13
	PADDL	X12, X2
	PADDL	X13, X6
	MOVO	96(SI), X12
	MOVO	96(SI), X13
	PMADDWL	X8, X12
	PMADDWL	X10, X13
	PADDL	X12, X3
	PADDL	X13, X7
	MOVO	112(SI), X12
	MOVO	112(SI), X13
	PMADDWL	X9, X12
	PMADDWL	X11, X13
	PADDL	X12, X3
	PADDL	X13, X7
	ADDQ	$128, SI
	ADDQ	$16, DX
	ADDQ	$16, AX
	CMPQ	DX, R13
	JLT	q4sixteen
	/* X0..X3 hold four partial sums of row 0 times inputs 0..3, X4..X7 of row 1 */
	MOVAPS	X0, X8
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X8
	PADDL	X8, X0
	MOVAPS	X2, X9
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X9
	PADDL	X9, X2
	MOVAPS	X0, X10
	MOVLHPS	X2, X0
	MOVHLPS	X10, X2
	PADDL	X2, X0
	PSRAL	$8, X0
	CVTPL2PS	X0, X0
	MOVAPS	X4, X11
	UNPCKLPS	X5, X4
	UNPCKHPS	X5, X11
	PADDL	X11, X4
	MOVAPS	X6, X12
	UNPCKLPS	X7, X6
	UNPCKHPS	X7, X12
	PADDL	X12, X6
	MOVAPS	X4, X13
	MOVLHPS	X6, X4
	MOVHLPS	X13, X6
	PADDL	X6, X4
	PSRAL	$8, X4
	CVTPL2PS	X4, X4
	MOVSS	(R15), X8
	SHUFPS	$0x00, X8, X8
	MULPS	X8, X0
	MOVSS	(R15)(BX*1), X9
	SHUFPS	$0x00, X9, X9
	MULPS	X9, X4
	MOVUPS	(R14), X10		/* the four inputs' scales */
	MULPS	X10, X0
	MULPS	X10, X4
	ADDPS	X0, X14
	ADDPS	X4, X15
	ADDQ	$4, R15
	ADDQ	$16, R14
	JMP	q4group
pairdone:
	MOVUPS	X14, 0(DI)
	MOVUPS	X15, 16(DI)
	ADDQ	$32, DI
	LEAQ	(R10)(CX*2), DX		/* row 2 */
	LEAQ	(R11)(BX*2), R15	/* its scales */
	SUBQ	$2, 48(R9)
	JMP	pairs
q4done:
	RET

/*
 * q4widensse(xw, xq, xstride, nc): columns 0..nc-1 (a multiple of 16)
 * of four inputs xstride bytes apart, as q4x2sse reads them: in each
 * 16, input t's even bytes as words at 32t, its odd ones times 256 at
 * 32t+16; xw 16-byte aligned
 */
TEXT	q4widensse(SB), $0
	MOVQ	BP, DI			/* xw */
	MOVQ	xq+8(FP), SI
	MOVQ	xstride+16(FP), CX
	MOVQ	nc+24(FP), R8
	PCMPEQW	X9, X9
	PSLLW	$8, X9			/* 0xFF00 in every word */
	MOVQ	$4, R10
wtok:
	MOVQ	DI, AX
	XORQ	DX, DX
wcol:
	CMPQ	DX, R8
	JGE	wnext
	MOVOU	(SI)(DX*1), X0
	MOVO	X0, X1
	PSLLW	$8, X0
	PSRAW	$8, X0
	PAND	X9, X1
	MOVO	X0, 0(AX)
	MOVO	X1, 16(AX)
	ADDQ	$128, AX
	ADDQ	$16, DX
	JMP	wcol
wnext:
	ADDQ	CX, SI
	ADDQ	$32, DI
	DECQ	R10
	JNE	wtok
	RET
