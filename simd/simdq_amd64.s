/*
 * SSE2 Q8_0 matrix-vector product, bit-identical to qmatmul in
 * simd/port.c: the int8 products of a group are summed exactly in
 * 32-bit integers, then each lane holds one row and adds
 * ((float)sum·wscale)·xscale group after group, in runq.c's order.
 * Sixteen bytes at a time are split into their even and odd bytes as
 * sign-extended words (PSLLW/PSRAW: no shuffles) and multiplied pairwise
 * by PMADDWL. Rows go four at a time; the next four rows and their
 * scales are prefetched while these are summed, as rows of a few
 * hundred bytes are too short for the hardware prefetcher.
 *
 * qmatvecsse(a) takes a pointer to a Qargs of eight 8-byte fields:
 *	out, xq, xs, wq, ws, n, d, gs
 * with gs a multiple of 16, n a multiple of gs, d a multiple of 4.
 */
TEXT	qmatvecsse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	8(BP), SI		/* xq */
	MOVQ	24(BP), DX		/* wq: row 0 of the quad */
	MOVQ	32(BP), R15		/* ws: row 0's scales */
	MOVQ	40(BP), CX		/* n */
	MOVQ	48(BP), R8		/* d */
	MOVQ	56(BP), R9		/* gs */
	MOVQ	16(BP), R14		/* xs */
	MOVQ	CX, AX
	XORQ	BX, BX
	/* BX = n/gs·4, the bytes of one row's scales */
ngroups:
	CMPQ	AX, $0
	JLE	quads
	SUBQ	R9, AX
	ADDQ	$4, BX
	JMP	ngroups
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
	BYTE $0x0F; BYTE $0x18; BYTE $0x4C; BYTE $0x85; BYTE $0x00	/* PREFETCHT0 0(BP)(AX*4): 6a has no PREFETCH */
	MOVOU	(SI)(AX*1), X1
	MOVO	X1, X0
	PSLLW	$8, X0
	PSRAW	$8, X0			/* x's even bytes as words */
	PSRAW	$8, X1			/* x's odd bytes */
	MOVOU	(DX)(AX*1), X3
	MOVO	X3, X2
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X4
	PADDL	X3, X4
	MOVOU	(R10)(AX*1), X3
	MOVO	X3, X2
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X5
	PADDL	X3, X5
	MOVOU	(R11)(AX*1), X3
	MOVO	X3, X2
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X6
	PADDL	X3, X6
	MOVOU	(R12)(AX*1), X3
	MOVO	X3, X2
	PSLLW	$8, X2
	PSRAW	$8, X2
	PSRAW	$8, X3
	PMADDWL	X0, X2
	PMADDWL	X1, X3
	PADDL	X2, X7
	PADDL	X3, X7
	ADDQ	$16, AX
	CMPQ	AX, R13
	JLT	sixteen
	/* X4..X7 hold four partial sums of rows 0..3: add them across */
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
	/* the four rows' scales of this group */
	MOVSS	(R15), X0
	MOVSS	(R15)(BX*1), X1
	MOVSS	(R15)(BX*2), X2
	LEAQ	(R15)(BX*2), R13
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
