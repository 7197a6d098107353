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
	XORPS	X8, X8
	XORPS	X9, X9
	XORQ	AX, AX
cols8:
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
	MOVUPS	(R13)(AX*1), X0
	MOVUPS	(R14)(AX*1), X1
	MOVUPS	(R15)(AX*1), X2
	MOVUPS	(BX)(AX*1), X3
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
	ADDPS	X0, X9
	MULPS	X11, X2
	ADDPS	X2, X9
	MULPS	X12, X4
	ADDPS	X4, X9
	MULPS	X13, X5
	ADDPS	X5, X9
	ADDQ	$16, AX
	CMPQ	AX, CX
	JLT	cols8
	MOVUPS	X8, (DI)
	MOVUPS	X9, 16(DI)
	ADDQ	$32, DI
	LEAQ	(BX)(R9*1), DX
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

/* axpysse(y, x, a, n): y[i] += *a·x[i], n a multiple of 4 */
TEXT	axpysse(SB), $0
	MOVQ	BP, DI
	MOVQ	x+8(FP), SI
	MOVQ	a+16(FP), DX
	MOVQ	n+24(FP), CX
	SHLQ	$2, CX
	MOVSS	(DX), X2
	SHUFPS	$0x00, X2, X2
	XORQ	AX, AX
axpy:
	CMPQ	AX, CX
	JGE	axpydone
	MOVUPS	(SI)(AX*1), X0
	MULPS	X2, X0
	MOVUPS	(DI)(AX*1), X1
	ADDPS	X0, X1
	MOVUPS	X1, (DI)(AX*1)
	ADDQ	$16, AX
	JMP	axpy
axpydone:
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

/* maxsse(x, n): the largest x[i], n a multiple of 4 and > 0; the order does not change a maximum */
TEXT	maxsse(SB), $0
	MOVQ	BP, SI
	MOVQ	n+8(FP), CX
	SHLQ	$2, CX
	MOVUPS	(SI), X0
	MOVQ	$16, AX
max:
	CMPQ	AX, CX
	JGE	maxdone
	MOVUPS	(SI)(AX*1), X1
	MAXPS	X1, X0
	ADDQ	$16, AX
	JMP	max
maxdone:
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
