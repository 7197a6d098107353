/*
 * SSE2 kernels for FP32, in the order of the portable C (simd/port.c),
 * so that every result is bit-identical to it: a matrix-vector product
 * keeps one row per lane and adds its terms in column order (a 4×4
 * transpose feeds the lanes), and the elementwise kernels do one
 * rounding per operation as C does.
 * Plan 9 convention: the first argument is in BP, the others at
 * name+off(FP); every register may be clobbered.
 */

/*
 * matvecsse(out, x, w, n, d, stride): out[i] = Σj w[i·stride+j]·x[j]
 * for i < d; n and d are multiples of 4. Eight rows at a time, then four.
 * Each row's products with x are formed row-wise and transposed so that
 * a lane holds a row. Sixteen columns go per step: x's four vectors stay
 * in X12..X15 and each row's 64-byte line is used up in one step, which
 * keeps it safe from rows 4 KB apart (power-of-two widths) evicting one
 * another from the cache; the remaining columns go four at a time. The
 * next eight rows are prefetched as these go, taken as contiguous (stride
 * n, as every caller has): rows of a kilobyte or two are too short a
 * stream for the hardware prefetcher.
 */
TEXT	matvecsse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	d+32(FP), R8
	MOVQ	stride+40(FP), R9
	SHLQ	$2, CX
	SHLQ	$2, R9
rows8:
	CMPQ	R8, $8
	JLT	rows4
	LEAQ	(DX)(R9*1), R10
	LEAQ	(R10)(R9*1), R11
	LEAQ	(R11)(R9*1), R12
	LEAQ	(R12)(R9*1), R13
	LEAQ	(R13)(R9*1), R14
	LEAQ	(R14)(R9*1), R15
	LEAQ	(R15)(R9*1), BX
	LEAQ	(BX)(R9*1), BP		/* the next eight rows, prefetched a line per row per step */
	XORPS	X8, X8
	XORPS	X9, X9
	MOVQ	CX, AX
big8:
	CMPQ	AX, $64
	JLT	small8
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x00; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 0(BP): 6a has no PREFETCH */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x40; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 64(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 128(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 192(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x00; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 256(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x40; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 320(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0x80; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 384(BP) */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8D; BYTE $0xC0; BYTE $0x01; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 448(BP) */
	ADDQ	$512, BP
	/* x[j..j+15]; then per four columns, rows 0..3 into X8 and rows 4..7 into X9 */
	MOVUPS	(SI), X12
	MOVUPS	16(SI), X13
	MOVUPS	32(SI), X14
	MOVUPS	48(SI), X15
	MOVUPS	(DX), X0
	MOVUPS	(R10), X1
	MOVUPS	(R11), X2
	MOVUPS	(R12), X3
	MULPS	X12, X0
	MULPS	X12, X1
	MULPS	X12, X2
	MULPS	X12, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X8
	ADDPS	X2, X8
	ADDPS	X4, X8
	ADDPS	X5, X8
	MOVUPS	(R13), X0
	MOVUPS	(R14), X1
	MOVUPS	(R15), X2
	MOVUPS	(BX), X3
	MULPS	X12, X0
	MULPS	X12, X1
	MULPS	X12, X2
	MULPS	X12, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X9
	ADDPS	X2, X9
	ADDPS	X4, X9
	ADDPS	X5, X9
	MOVUPS	16(DX), X0
	MOVUPS	16(R10), X1
	MOVUPS	16(R11), X2
	MOVUPS	16(R12), X3
	MULPS	X13, X0
	MULPS	X13, X1
	MULPS	X13, X2
	MULPS	X13, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X8
	ADDPS	X2, X8
	ADDPS	X4, X8
	ADDPS	X5, X8
	MOVUPS	16(R13), X0
	MOVUPS	16(R14), X1
	MOVUPS	16(R15), X2
	MOVUPS	16(BX), X3
	MULPS	X13, X0
	MULPS	X13, X1
	MULPS	X13, X2
	MULPS	X13, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X9
	ADDPS	X2, X9
	ADDPS	X4, X9
	ADDPS	X5, X9
	MOVUPS	32(DX), X0
	MOVUPS	32(R10), X1
	MOVUPS	32(R11), X2
	MOVUPS	32(R12), X3
	MULPS	X14, X0
	MULPS	X14, X1
	MULPS	X14, X2
	MULPS	X14, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X8
	ADDPS	X2, X8
	ADDPS	X4, X8
	ADDPS	X5, X8
	MOVUPS	32(R13), X0
	MOVUPS	32(R14), X1
	MOVUPS	32(R15), X2
	MOVUPS	32(BX), X3
	MULPS	X14, X0
	MULPS	X14, X1
	MULPS	X14, X2
	MULPS	X14, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X9
	ADDPS	X2, X9
	ADDPS	X4, X9
	ADDPS	X5, X9
	MOVUPS	48(DX), X0
	MOVUPS	48(R10), X1
	MOVUPS	48(R11), X2
	MOVUPS	48(R12), X3
	MULPS	X15, X0
	MULPS	X15, X1
	MULPS	X15, X2
	MULPS	X15, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X8
	ADDPS	X2, X8
	ADDPS	X4, X8
	ADDPS	X5, X8
	MOVUPS	48(R13), X0
	MOVUPS	48(R14), X1
	MOVUPS	48(R15), X2
	MOVUPS	48(BX), X3
	MULPS	X15, X0
	MULPS	X15, X1
	MULPS	X15, X2
	MULPS	X15, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X9
	ADDPS	X2, X9
	ADDPS	X4, X9
	ADDPS	X5, X9
	ADDQ	$64, DX
	ADDQ	$64, R10
	ADDQ	$64, R11
	ADDQ	$64, R12
	ADDQ	$64, R13
	ADDQ	$64, R14
	ADDQ	$64, R15
	ADDQ	$64, BX
	ADDQ	$64, SI
	SUBQ	$64, AX
	JMP	big8
small8:
	/* four columns at a time, as above */
	CMPQ	AX, $0
	JLE	store8
	MOVUPS	(SI), X12
	MOVUPS	(DX), X0
	MOVUPS	(R10), X1
	MOVUPS	(R11), X2
	MOVUPS	(R12), X3
	MULPS	X12, X0
	MULPS	X12, X1
	MULPS	X12, X2
	MULPS	X12, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X8
	ADDPS	X2, X8
	ADDPS	X4, X8
	ADDPS	X5, X8
	MOVUPS	(R13), X0
	MOVUPS	(R14), X1
	MOVUPS	(R15), X2
	MOVUPS	(BX), X3
	MULPS	X12, X0
	MULPS	X12, X1
	MULPS	X12, X2
	MULPS	X12, X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	ADDPS	X0, X9
	ADDPS	X2, X9
	ADDPS	X4, X9
	ADDPS	X5, X9
	ADDQ	$16, DX
	ADDQ	$16, R10
	ADDQ	$16, R11
	ADDQ	$16, R12
	ADDQ	$16, R13
	ADDQ	$16, R14
	ADDQ	$16, R15
	ADDQ	$16, BX
	ADDQ	$16, SI
	SUBQ	$16, AX
	JMP	small8
store8:
	MOVUPS	X8, (DI)
	MOVUPS	X9, 16(DI)
	ADDQ	$32, DI
	SUBQ	CX, SI
	SUBQ	CX, DX
	LEAQ	(DX)(R9*8), DX		/* row 8 */
	SUBQ	$8, R8
	JMP	rows8
rows4:
	CMPQ	R8, $4
	JLT	done
	LEAQ	(DX)(R9*1), R10
	LEAQ	(R10)(R9*1), R11
	LEAQ	(R11)(R9*1), R12
	XORPS	X8, X8
	XORQ	AX, AX
cols4:
	MOVUPS	(SI)(AX*1), X10
	MOVAPS	X10, X11
	SHUFPS	$0x55, X11, X11
	MOVAPS	X10, X12
	SHUFPS	$0xAA, X12, X12
	MOVAPS	X10, X13
	SHUFPS	$0xFF, X13, X13
	SHUFPS	$0x00, X10, X10
	MOVUPS	(DX)(AX*1), X0
	MOVUPS	(R10)(AX*1), X1
	MOVUPS	(R11)(AX*1), X2
	MOVUPS	(R12)(AX*1), X3
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	MULPS	X10, X0
	ADDPS	X0, X8
	MULPS	X11, X2
	ADDPS	X2, X8
	MULPS	X12, X4
	ADDPS	X4, X8
	MULPS	X13, X5
	ADDPS	X5, X8
	ADDQ	$16, AX
	CMPQ	AX, CX
	JLT	cols4
	MOVUPS	X8, (DI)
	ADDQ	$16, DI
	LEAQ	(R12)(R9*1), DX
	SUBQ	$4, R8
	JMP	rows4
done:
	RET

/*
 * matvec4sse(out, x, w, n, d, stride, ostride, xstride): one matrix times
 * four inputs, out[t·ostride+i] = Σj w[i·stride+j]·x[t·xstride+j] for
 * t < 4 and i < d (n and d multiples of 4), each sum in column order as
 * matvecsse's. Four rows at a time: their weights, four columns at a
 * time, are transposed once (a lane per row) and serve all four inputs,
 * each column's x broadcast across the lanes. One input has one chain of
 * dependent adds per four rows; four inputs have four, and run that much
 * closer to the processor's rate (a prompt's positions, in batches).
 */
TEXT	matvec4sse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	d+32(FP), R8
	MOVQ	stride+40(FP), R9
	MOVQ	ostride+48(FP), R10
	MOVQ	xstride+56(FP), R11
	SHLQ	$2, CX
	SHLQ	$2, R9
	SHLQ	$2, R10
	SHLQ	$2, R11
	LEAQ	(SI)(R11*1), BX		/* the inputs: SI, BX, R12, BP */
	LEAQ	(SI)(R11*2), R12
	LEAQ	(R12)(R11*1), BP
quad4:
	CMPQ	R8, $4
	JLT	done4
	LEAQ	(DX)(R9*1), R14		/* the rows: DX, R14, R13, R15 */
	LEAQ	(DX)(R9*2), R13
	LEAQ	(R13)(R9*1), R15
	XORPS	X8, X8
	XORPS	X9, X9
	XORPS	X10, X10
	XORPS	X11, X11
	XORQ	AX, AX
col4:
	CMPQ	AX, CX
	JGE	quad4done
	MOVUPS	(DX)(AX*1), X0
	MOVUPS	(R14)(AX*1), X1
	MOVUPS	(R13)(AX*1), X2
	MOVUPS	(R15)(AX*1), X3
	/* transposed: columns j..j+3 of the four rows in X0, X2, X4, X5 */
	MOVAPS	X0, X4
	UNPCKLPS	X1, X0
	UNPCKHPS	X1, X4
	MOVAPS	X2, X5
	UNPCKLPS	X3, X2
	UNPCKHPS	X3, X5
	MOVAPS	X0, X1
	MOVLHPS	X2, X0
	MOVHLPS	X1, X2
	MOVAPS	X4, X3
	MOVLHPS	X5, X4
	MOVHLPS	X3, X5
	MOVUPS	(SI)(AX*1), X6
	PSHUFL	$0x00, X6, X7
	MULPS	X0, X7
	ADDPS	X7, X8
	PSHUFL	$0x55, X6, X7
	MULPS	X2, X7
	ADDPS	X7, X8
	PSHUFL	$0xAA, X6, X7
	MULPS	X4, X7
	ADDPS	X7, X8
	PSHUFL	$0xFF, X6, X7
	MULPS	X5, X7
	ADDPS	X7, X8
	MOVUPS	(BX)(AX*1), X6
	PSHUFL	$0x00, X6, X7
	MULPS	X0, X7
	ADDPS	X7, X9
	PSHUFL	$0x55, X6, X7
	MULPS	X2, X7
	ADDPS	X7, X9
	PSHUFL	$0xAA, X6, X7
	MULPS	X4, X7
	ADDPS	X7, X9
	PSHUFL	$0xFF, X6, X7
	MULPS	X5, X7
	ADDPS	X7, X9
	MOVUPS	(R12)(AX*1), X6
	PSHUFL	$0x00, X6, X7
	MULPS	X0, X7
	ADDPS	X7, X10
	PSHUFL	$0x55, X6, X7
	MULPS	X2, X7
	ADDPS	X7, X10
	PSHUFL	$0xAA, X6, X7
	MULPS	X4, X7
	ADDPS	X7, X10
	PSHUFL	$0xFF, X6, X7
	MULPS	X5, X7
	ADDPS	X7, X10
	MOVUPS	(BP)(AX*1), X6
	PSHUFL	$0x00, X6, X7
	MULPS	X0, X7
	ADDPS	X7, X11
	PSHUFL	$0x55, X6, X7
	MULPS	X2, X7
	ADDPS	X7, X11
	PSHUFL	$0xAA, X6, X7
	MULPS	X4, X7
	ADDPS	X7, X11
	PSHUFL	$0xFF, X6, X7
	MULPS	X5, X7
	ADDPS	X7, X11
	ADDQ	$16, AX
	JMP	col4
quad4done:
	MOVUPS	X8, (DI)
	MOVUPS	X9, (DI)(R10*1)
	MOVUPS	X10, (DI)(R10*2)
	LEAQ	(DI)(R10*2), R11
	MOVUPS	X11, (R11)(R10*1)
	ADDQ	$16, DI
	LEAQ	(DX)(R9*4), DX
	SUBQ	$4, R8
	JMP	quad4
done4:
	RET

/*
 * wsumsse(out, a, v, n, t, stride): out[i] = Σk a[k]·v[k·stride+i] for
 * i < n (a multiple of 4), k < t, added in k's order from +0: the
 * attention's weighted sum of values. Each output's sum is a chain of
 * dependent adds, so 32 outputs (X0..X7) go over all positions at
 * once to keep eight chains in flight, then sixteen, then four.
 */
TEXT	wsumsse(SB), $0
	MOVQ	BP, DI
	MOVQ	a+8(FP), SI
	MOVQ	v+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	t+32(FP), R8
	MOVQ	stride+40(FP), R9
	SHLQ	$2, CX
	SHLQ	$2, R9
	XORQ	R10, R10		/* byte offset of the outputs in hand */
wsum32:
	LEAQ	128(R10), AX
	CMPQ	AX, CX
	JGT	wsum16
	XORPS	X0, X0
	XORPS	X1, X1
	XORPS	X2, X2
	XORPS	X3, X3
	XORPS	X4, X4
	XORPS	X5, X5
	XORPS	X6, X6
	XORPS	X7, X7
	LEAQ	(DX)(R10*1), BX
	XORQ	R12, R12
	CMPQ	R12, R8
	JGE	put32
pos32:
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0x80; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 128(BX): the next pass's */
	BYTE $0x0F; BYTE $0x18; BYTE $0x8B; BYTE $0xC0; BYTE $0x00; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 192(BX) */
	MOVSS	(SI)(R12*4), X8
	SHUFPS	$0x00, X8, X8
	MOVUPS	(BX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	16(BX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	32(BX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	48(BX), X12
	MULPS	X8, X12
	ADDPS	X12, X3
	MOVUPS	64(BX), X13
	MULPS	X8, X13
	ADDPS	X13, X4
	MOVUPS	80(BX), X14
	MULPS	X8, X14
	ADDPS	X14, X5
	MOVUPS	96(BX), X15
	MULPS	X8, X15
	ADDPS	X15, X6
	MOVUPS	112(BX), X9
	MULPS	X8, X9
	ADDPS	X9, X7
	ADDQ	R9, BX
	INCQ	R12
	CMPQ	R12, R8
	JLT	pos32
put32:
	MOVUPS	X0, (DI)(R10*1)
	MOVUPS	X1, 16(DI)(R10*1)
	MOVUPS	X2, 32(DI)(R10*1)
	MOVUPS	X3, 48(DI)(R10*1)
	MOVUPS	X4, 64(DI)(R10*1)
	MOVUPS	X5, 80(DI)(R10*1)
	MOVUPS	X6, 96(DI)(R10*1)
	MOVUPS	X7, 112(DI)(R10*1)
	MOVQ	AX, R10
	JMP	wsum32
wsum16:
	LEAQ	64(R10), AX
	CMPQ	AX, CX
	JGT	wsum4
	XORPS	X0, X0
	XORPS	X1, X1
	XORPS	X2, X2
	XORPS	X3, X3
	LEAQ	(DX)(R10*1), R11
	XORQ	R12, R12
pos16:
	CMPQ	R12, R8
	JGE	put16
	MOVSS	(SI)(R12*4), X4
	SHUFPS	$0x00, X4, X4
	MOVUPS	(R11), X5
	MULPS	X4, X5
	ADDPS	X5, X0
	MOVUPS	16(R11), X6
	MULPS	X4, X6
	ADDPS	X6, X1
	MOVUPS	32(R11), X7
	MULPS	X4, X7
	ADDPS	X7, X2
	MOVUPS	48(R11), X8
	MULPS	X4, X8
	ADDPS	X8, X3
	ADDQ	R9, R11
	INCQ	R12
	JMP	pos16
put16:
	MOVUPS	X0, (DI)(R10*1)
	MOVUPS	X1, 16(DI)(R10*1)
	MOVUPS	X2, 32(DI)(R10*1)
	MOVUPS	X3, 48(DI)(R10*1)
	MOVQ	AX, R10
	JMP	wsum16
wsum4:
	CMPQ	R10, CX
	JGE	wsumdone
	XORPS	X0, X0
	LEAQ	(DX)(R10*1), R11
	XORQ	R12, R12
pos4:
	CMPQ	R12, R8
	JGE	put4
	MOVSS	(SI)(R12*4), X4
	SHUFPS	$0x00, X4, X4
	MOVUPS	(R11), X5
	MULPS	X4, X5
	ADDPS	X5, X0
	ADDQ	R9, R11
	INCQ	R12
	JMP	pos4
put4:
	MOVUPS	X0, (DI)(R10*1)
	ADDQ	$16, R10
	JMP	wsum4
wsumdone:
	RET

/* addsse(y, x, n): y[i] += x[i], n a multiple of 4 */
TEXT	addsse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	n+16(FP), CX
	SHLQ	$2, CX
	XORQ	AX, AX
add:
	CMPQ	AX, CX
	JGE	adddone
	MOVUPS	(DI)(AX*1), X0
	MOVUPS	(SI)(AX*1), X1
	ADDPS	X1, X0
	MOVUPS	X0, (DI)(AX*1)
	ADDQ	$16, AX
	JMP	add
adddone:
	RET

/* divsse(x, s, n): x[i] /= *s, n a multiple of 4 (softmax's normalization) */
TEXT	divsse(SB), $0
	MOVQ	BP, DI
	MOVQ	s+8(FP), DX
	MOVQ	n+16(FP), CX
	SHLQ	$2, CX
	MOVSS	(DX), X2
	SHUFPS	$0x00, X2, X2
	XORQ	AX, AX
div:
	CMPQ	AX, CX
	JGE	divdone
	MOVUPS	(DI)(AX*1), X0
	DIVPS	X2, X0
	MOVUPS	X0, (DI)(AX*1)
	ADDQ	$16, AX
	JMP	div
divdone:
	RET

/*
 * rmsscalesse(o, x, w, ss, n): o[j] = w[j]·(*ss·x[j]), the scale pass of
 * rmsnorm (its sum of squares stays in order, in C); n a multiple of 4.
 */
TEXT	rmsscalesse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	ss+24(FP), R8
	MOVQ	n+32(FP), CX
	SHLQ	$2, CX
	MOVSS	(R8), X2
	SHUFPS	$0x00, X2, X2
	XORQ	AX, AX
rms:
	CMPQ	AX, CX
	JGE	rmsdone
	MOVUPS	(SI)(AX*1), X0
	MULPS	X2, X0
	MOVUPS	(DX)(AX*1), X1
	MULPS	X1, X0
	MOVUPS	X0, (DI)(AX*1)
	ADDQ	$16, AX
	JMP	rms
rmsdone:
	RET

/*
 * expsumsse(x, n, ms, k, tab): x[i] = fexp(x[i] - max) and sum += x[i]
 * in order, four at a time, for n a multiple of 4; ms holds max and the
 * sum so far, which it updates; returns how many it did, stopping before
 * four holding a v = x[i] - max that is NaN or ≥ 88, which C does. fexp
 * in double, two lanes a register, the same operations in the same
 * order: z = v·32/ln2, k = z + shift, r = z - (k - shift),
 * s = tab[k mod 32] + k<<47, y = ((c0·r + c1)·r² + (c2·r + 1))·s,
 * rounded once to float; below -103.97 (-∞ too) fexp gives 0, and so
 * do these lanes. k holds, each twice: 32/ln2, shift, c0, c1, c2, 1;
 * then four times each: 88's bits less one, |v|'s mask, ∞, -103.97.
 * The sum stays scalar: floats added in order, as C does.
 */
TEXT	expsumsse(SB), $0
	MOVQ	BP, SI
	MOVQ	n+8(FP), CX
	SHLQ	$2, CX
	MOVQ	ms+16(FP), DX
	MOVQ	k+24(FP), DI
	MOVQ	tab+32(FP), R8
	MOVSS	(DX), X15
	SHUFPS	$0x00, X15, X15
	MOVSS	4(DX), X14
	MOVOU	0(DI), X8
	MOVOU	16(DI), X9
	MOVOU	32(DI), X10
	MOVOU	48(DI), X11
	MOVOU	64(DI), X12
	MOVOU	80(DI), X13
	XORQ	AX, AX
exps:
	CMPQ	AX, CX
	JGE	expsdone
	MOVUPS	(SI)(AX*1), X0
	SUBPS	X15, X0
	MOVO	X0, X1			/* v ≥ 88, +∞, a NaN of either sign: to C */
	MOVOU	96(DI), X6
	PCMPGTL	X6, X1
	MOVO	X0, X2
	MOVOU	112(DI), X6
	PAND	X6, X2
	MOVOU	128(DI), X6
	PCMPGTL	X6, X2
	POR	X2, X1
	MOVMSKPS	X1, BX
	CMPQ	BX, $0
	JNE	expsdone
	CVTPS2PD	X0, X1		/* v, lanes 0 and 1 */
	MOVHLPS	X0, X0
	CVTPS2PD	X0, X2		/* lanes 2 and 3 */
	MULPD	X8, X1		/* z */
	MULPD	X8, X2
	MOVO	X1, X3
	ADDPD	X9, X3		/* k + shift, its bits k */
	MOVO	X2, X4
	ADDPD	X9, X4
	MOVO	X3, X5
	SUBPD	X9, X5
	SUBPD	X5, X1		/* r */
	MOVO	X4, X5
	SUBPD	X9, X5
	SUBPD	X5, X2
	MOVQ	X3, BX		/* s for lanes 0 and 1 */
	ANDQ	$31, BX
	MOVQ	(R8)(BX*8), X5
	PSHUFL	$0xEE, X3, X7
	MOVQ	X7, BX
	ANDQ	$31, BX
	MOVQ	(R8)(BX*8), X7
	PUNPCKLQDQ	X7, X5
	PSLLQ	$47, X3
	PADDQ	X3, X5
	MOVQ	X4, BX		/* s for lanes 2 and 3 */
	ANDQ	$31, BX
	MOVQ	(R8)(BX*8), X6
	PSHUFL	$0xEE, X4, X7
	MOVQ	X7, BX
	ANDQ	$31, BX
	MOVQ	(R8)(BX*8), X7
	PUNPCKLQDQ	X7, X6
	PSLLQ	$47, X4
	PADDQ	X4, X6
	MOVO	X1, X3		/* lanes 0 and 1: y */
	MULPD	X10, X3
	ADDPD	X11, X3
	MOVO	X1, X0
	MULPD	X1, X0
	MULPD	X12, X1
	ADDPD	X13, X1
	MULPD	X0, X3
	ADDPD	X3, X1
	MULPD	X5, X1
	CVTPD2PS	X1, X1
	MOVO	X2, X4		/* lanes 2 and 3 */
	MULPD	X10, X4
	ADDPD	X11, X4
	MOVO	X2, X0
	MULPD	X2, X0
	MULPD	X12, X2
	ADDPD	X13, X2
	MULPD	X0, X4
	ADDPD	X4, X2
	MULPD	X6, X2
	CVTPD2PS	X2, X2
	MOVLHPS	X2, X1
	MOVUPS	(SI)(AX*1), X0		/* v again: lanes below -103.97 are 0 */
	SUBPS	X15, X0
	MOVO	X0, X7
	MOVOU	144(DI), X6
	PCMPGTL	X6, X7			/* bits above -103.97's: more negative, or positive */
	PSRAL	$31, X0			/* negative */
	PAND	X0, X7
	ANDNPS	X1, X7
	MOVUPS	X7, (SI)(AX*1)
	ADDSS	X7, X14
	PSHUFL	$0x55, X7, X0
	ADDSS	X0, X14
	PSHUFL	$0xAA, X7, X0
	ADDSS	X0, X14
	PSHUFL	$0xFF, X7, X0
	ADDSS	X0, X14
	ADDQ	$16, AX
	JMP	exps
expsdone:
	MOVSS	X14, 4(DX)
	SHRQ	$2, AX
	RET

/* firstsse(p, n, m): the first i < n whose bits are *m's, or n; n a multiple of 4 */
TEXT	firstsse(SB), $0
	MOVQ	BP, SI
	MOVQ	n+8(FP), CX
	SHLQ	$2, CX
	MOVQ	m+16(FP), DX
	MOVSS	(DX), X0
	SHUFPS	$0x00, X0, X0
	XORQ	AX, AX
first:
	CMPQ	AX, CX
	JGE	firstdone
	MOVUPS	(SI)(AX*1), X1
	PCMPEQL	X0, X1
	MOVMSKPS	X1, BX
	CMPQ	BX, $0
	JNE	found
	ADDQ	$16, AX
	JMP	first
found:
	BSFQ	BX, BX
	SHRQ	$2, AX
	ADDQ	BX, AX
	RET
firstdone:
	SHRQ	$2, AX
	RET

/*
 * maxsse(x, n): the largest x[i], n a multiple of 4 and > 0, as maxc
 * finds it: NaNs passed over (MAXPS gives its second operand when
 * either is one, so the new values go first), a NaN x[0] the answer
 */
TEXT	maxsse(SB), $0
	MOVQ	BP, SI
	MOVQ	n+8(FP), CX
	SHLQ	$2, CX
	MOVSS	(SI), X0
	SHUFPS	$0x00, X0, X0
	MOVAPS	X0, X2			/* a second chain: eight a step */
	XORQ	AX, AX
max8:
	LEAQ	16(AX), BX
	CMPQ	BX, CX
	JGE	max4
	MOVUPS	(SI)(AX*1), X1
	MAXPS	X0, X1
	MOVAPS	X1, X0
	MOVUPS	(SI)(BX*1), X3
	MAXPS	X2, X3
	MOVAPS	X3, X2
	ADDQ	$32, AX
	JMP	max8
max4:
	CMPQ	AX, CX
	JGE	maxdone
	MOVUPS	(SI)(AX*1), X1
	MAXPS	X0, X1
	MOVAPS	X1, X0
maxdone:
	MAXPS	X0, X2			/* neither is NaN unless x[0] is, and then both */
	MOVAPS	X2, X0
	MOVAPS	X0, X1
	SHUFPS	$0x4E, X1, X1
	MAXPS	X1, X0
	MOVAPS	X0, X1
	SHUFPS	$0xB1, X1, X1
	MAXPS	X1, X0
	RET

/*
 * readsse(p, n): streams n floats (n a multiple of 16) through four
 * accumulators and returns their sum: the memory read bandwidth probe.
 * It prefetches 512 bytes ahead, as the kernels do, so that it reads as
 * fast as they can (2-6% faster on two threads than without).
 */
TEXT	readsse(SB), $0
	MOVQ	BP, SI
	MOVQ	n+8(FP), CX
	SHLQ	$2, CX
	XORPS	X0, X0
	XORPS	X1, X1
	XORPS	X2, X2
	XORPS	X3, X3
	XORQ	AX, AX
read:
	CMPQ	AX, CX
	JGE	readdone
	BYTE $0x0F; BYTE $0x18; BYTE $0x8C; BYTE $0x06; BYTE $0x00; BYTE $0x02; BYTE $0x00; BYTE $0x00	/* PREFETCHT0 512(SI)(AX*1) */
	ADDPS	(SI)(AX*1), X0
	ADDPS	16(SI)(AX*1), X1
	ADDPS	32(SI)(AX*1), X2
	ADDPS	48(SI)(AX*1), X3
	ADDQ	$64, AX
	JMP	read
readdone:
	ADDPS	X1, X0
	ADDPS	X3, X2
	ADDPS	X2, X0
	RET

/*
 * matvecpsse(out, x, w, n, np): np panels of sixteen rows (see
 * src/weights.c), each column's sixteen weights together (a 64-byte
 * line), times x; out gets 16·np values. A lane holds a row and adds
 * its products in column order, x[j] broadcast to every lane: no
 * transposes, and one stream through memory. Four columns a step, then
 * one.
 */
TEXT	matvecpsse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	np+32(FP), R8
pan:
	CMPQ	R8, $0
	JLE	panend
	XORPS	X0, X0
	XORPS	X1, X1
	XORPS	X2, X2
	XORPS	X3, X3
	MOVQ	SI, AX
	MOVQ	CX, BX
col4p:
	CMPQ	BX, $4
	JLT	col1p
	MOVUPS	(AX), X12
	MOVAPS	X12, X8
	SHUFPS	$0x00, X8, X8
	MOVUPS	(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	16(DX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	32(DX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	48(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X3
	MOVAPS	X12, X8
	SHUFPS	$0x55, X8, X8
	MOVUPS	64(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	80(DX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	96(DX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	112(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X3
	MOVAPS	X12, X8
	SHUFPS	$0xAA, X8, X8
	MOVUPS	128(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	144(DX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	160(DX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	176(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X3
	MOVAPS	X12, X8
	SHUFPS	$0xFF, X8, X8
	MOVUPS	192(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	208(DX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	224(DX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	240(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X3
	ADDQ	$256, DX
	ADDQ	$16, AX
	SUBQ	$4, BX
	JMP	col4p
col1p:
	CMPQ	BX, $0
	JLE	storep
	MOVSS	(AX), X8
	SHUFPS	$0x00, X8, X8
	MOVUPS	(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X0
	MOVUPS	16(DX), X10
	MULPS	X8, X10
	ADDPS	X10, X1
	MOVUPS	32(DX), X11
	MULPS	X8, X11
	ADDPS	X11, X2
	MOVUPS	48(DX), X9
	MULPS	X8, X9
	ADDPS	X9, X3
	ADDQ	$64, DX
	ADDQ	$4, AX
	DECQ	BX
	JMP	col1p
storep:
	MOVUPS	X0, (DI)
	MOVUPS	X1, 16(DI)
	MOVUPS	X2, 32(DI)
	MOVUPS	X3, 48(DI)
	ADDQ	$64, DI
	DECQ	R8
	JMP	pan
panend:
	RET

/*
 * matvec4psse(out, x, w, n, np, ostride, xstride): the same for four
 * inputs, x + t·xstride → out + t·ostride: eight rows of a panel at a
 * time (its first half, then its second), a column's eight weights
 * serving the four inputs in turn (eight chains of adds).
 */
TEXT	matvec4psse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	w+16(FP), DX
	MOVQ	n+24(FP), CX
	MOVQ	np+32(FP), R8
	MOVQ	ostride+40(FP), R10
	MOVQ	xstride+48(FP), R11
	SHLQ	$2, R10
	SHLQ	$2, R11
	LEAQ	(R10)(R10*2), R12	/* 3·ostride, 3·xstride bytes */
	LEAQ	(R11)(R11*2), R13
panq:
	CMPQ	R8, $0
	JLE	panqend
	MOVQ	DX, R14		/* the half's first column */
	MOVQ	$2, R15
halfq:
	XORPS	X0, X0
	XORPS	X1, X1
	XORPS	X2, X2
	XORPS	X3, X3
	XORPS	X4, X4
	XORPS	X5, X5
	XORPS	X6, X6
	XORPS	X7, X7
	MOVQ	SI, AX
	MOVQ	CX, BX
	MOVQ	R14, R9
colq:
	CMPQ	BX, $0
	JLE	storeq
	MOVUPS	(R9), X8
	MOVUPS	16(R9), X9
	MOVSS	(AX), X10
	SHUFPS	$0x00, X10, X10
	MOVAPS	X8, X12
	MULPS	X10, X12
	ADDPS	X12, X0
	MULPS	X9, X10
	ADDPS	X10, X1
	MOVSS	(AX)(R11*1), X11
	SHUFPS	$0x00, X11, X11
	MOVAPS	X8, X12
	MULPS	X11, X12
	ADDPS	X12, X2
	MULPS	X9, X11
	ADDPS	X11, X3
	MOVSS	(AX)(R11*2), X10
	SHUFPS	$0x00, X10, X10
	MOVAPS	X8, X12
	MULPS	X10, X12
	ADDPS	X12, X4
	MULPS	X9, X10
	ADDPS	X10, X5
	MOVSS	(AX)(R13*1), X11
	SHUFPS	$0x00, X11, X11
	MOVAPS	X8, X12
	MULPS	X11, X12
	ADDPS	X12, X6
	MULPS	X9, X11
	ADDPS	X11, X7
	ADDQ	$64, R9
	ADDQ	$4, AX
	DECQ	BX
	JMP	colq
storeq:
	MOVUPS	X0, (DI)
	MOVUPS	X1, 16(DI)
	MOVUPS	X2, (DI)(R10*1)
	MOVUPS	X3, 16(DI)(R10*1)
	MOVUPS	X4, (DI)(R10*2)
	MOVUPS	X5, 16(DI)(R10*2)
	MOVUPS	X6, (DI)(R12*1)
	MOVUPS	X7, 16(DI)(R12*1)
	ADDQ	$32, DI
	ADDQ	$32, R14
	DECQ	R15
	JNE	halfq
	MOVQ	R9, DX		/* the second half's walk ended 32 bytes into the next panel */
	SUBQ	$32, DX
	DECQ	R8
	JMP	panq
panqend:
	RET

/*
 * cpuavx2(): 1 if the AVX2 kernels can run: the CPU has AVX2 and, by
 * cpuavx, F16C and the kernel saves the YMM registers (9front's fpuinit
 * sets XCR0 unless *noavx is given); else 0
 */
TEXT	cpuavx2(SB), $0
	MOVL	$0, AX
	CPUID
	CMPL	AX, $7
	JLT	avxno			/* no leaf 7 */
	CALL	cpuavx(SB)
	CMPL	AX, $3
	JNE	avxno
	MOVL	$7, AX
	MOVL	$0, CX
	CPUID
	MOVL	BX, AX
	SHRL	$5, AX
	ANDL	$1, AX			/* leaf 7's EBX bit 5: AVX2 */
	RET
avxno:
	MOVL	$0, AX
	RET

/*
 * cpuvnni(): 1 if the AVX-VNNI kernels can run: cpuavx2, and leaf 7
 * sub-leaf 1's EAX bit 4 (VEX VPDPBUSD on YMM); else 0
 */
TEXT	cpuvnni(SB), $0
	CALL	cpuavx2(SB)
	CMPL	AX, $0
	JEQ	vnnino
	MOVL	$7, AX
	MOVL	$0, CX
	CPUID
	CMPL	AX, $1
	JLT	vnnino			/* no sub-leaf 1 */
	MOVL	$7, AX
	MOVL	$1, CX
	CPUID
	SHRL	$4, AX
	ANDL	$1, AX
	RET
vnnino:
	MOVL	$0, AX
	RET

/*
 * cpuavx(): what of AVX the kernels can use: 1 if the CPU has AVX and
 * the kernel saves the YMM registers (OSXSAVE, and XCR0's SSE and AVX
 * bits), 3 if it has F16C too; else 0
 */
TEXT	cpuavx(SB), $0
	MOVL	$1, AX
	CPUID
	MOVL	CX, R8
	ANDL	$0x18000000, CX		/* OSXSAVE, AVX */
	CMPL	CX, $0x18000000
	JNE	avx1no
	MOVL	$0, CX
	BYTE $0x0F; BYTE $0x01; BYTE $0xD0	/* xgetbv */
	ANDL	$6, AX
	CMPL	AX, $6
	JNE	avx1no
	MOVL	R8, AX
	SHRL	$28, AX
	ANDL	$2, AX			/* leaf 1's ECX bit 29: F16C */
	ADDL	$1, AX
	RET
avx1no:
	MOVL	$0, AX
	RET

/* cpussse3(): 1 if the CPU has SSSE3 (leaf 1's ECX bit 9), else 0 */
TEXT	cpussse3(SB), $0
	MOVL	$1, AX
	CPUID
	MOVL	CX, AX
	SHRL	$9, AX
	ANDL	$1, AX
	RET
