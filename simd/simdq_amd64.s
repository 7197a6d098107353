/*
 * SSE2 Q8_0 matrix-vector product, bit-identical to qmatmul in
 * simd/port.c: the int8 products of a group are summed exactly in
 * 32-bit integers (bytes sign-extended to words, PMADDWL), then each
 * lane holds one row and adds ((float)sum·wscale)·xscale group after
 * group, in runq.c's order.
 *
 * qmatvecsse(a) takes a pointer to a Qargs of eight 8-byte fields:
 *	out, xq, xs, wq, ws, n, d, gs
 * with gs a multiple of 8, n a multiple of gs, d a multiple of 4.
 */
TEXT	qmatvecsse(SB), $0
	MOVQ	0(BP), DI		/* out */
	MOVQ	8(BP), SI		/* xq */
	MOVQ	24(BP), DX		/* wq: row 0 of the quad */
	MOVQ	32(BP), R15		/* ws: row 0's scales */
	MOVQ	40(BP), CX		/* n */
	MOVQ	48(BP), R8		/* d */
	MOVQ	56(BP), R9		/* gs */
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
	MOVQ	16(BP), R14		/* xs */
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
eight:
	MOVQ	(SI)(AX*1), X0
	PUNPCKLBW	X0, X0
	PSRAW	$8, X0
	MOVQ	(DX)(AX*1), X1
	PUNPCKLBW	X1, X1
	PSRAW	$8, X1
	PMADDWL	X0, X1
	PADDL	X1, X4
	MOVQ	(R10)(AX*1), X1
	PUNPCKLBW	X1, X1
	PSRAW	$8, X1
	PMADDWL	X0, X1
	PADDL	X1, X5
	MOVQ	(R11)(AX*1), X1
	PUNPCKLBW	X1, X1
	PSRAW	$8, X1
	PMADDWL	X0, X1
	PADDL	X1, X6
	MOVQ	(R12)(AX*1), X1
	PUNPCKLBW	X1, X1
	PSRAW	$8, X1
	PMADDWL	X0, X1
	PADDL	X1, X7
	ADDQ	$8, AX
	CMPQ	AX, R13
	JLT	eight
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
	SUBQ	$4, R8
	JMP	quads
qdone:
	RET
