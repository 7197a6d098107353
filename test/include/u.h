/*
 * Host layer: 9front's amd64 <u.h> for gcc on Linux.
 * Widths follow 9front amd64: long and ulong are 32 bits there,
 * so the host maps ulong (and usize) to unsigned int; engine code
 * uses vlong/uvlong for anything wider.
 */
#include <stdarg.h>

#define nil		((void*)0)
typedef	unsigned short	ushort;
typedef	unsigned char	uchar;
typedef	unsigned int	ulong;
typedef	unsigned int	uint;
typedef	signed char	schar;
typedef	long long	vlong;
typedef	unsigned long long uvlong;
typedef	long long	intptr;
typedef	unsigned long long uintptr;
typedef	unsigned int	usize;
typedef	uint		Rune;
typedef	uintptr		jmp_buf[2];
typedef	unsigned char	u8int;
typedef	unsigned short	u16int;
typedef	unsigned int	u32int;
typedef	unsigned long long u64int;

/* the floating point control (MXCSR) bits, as 9front amd64's u.h has them */
#define	FPFTZ	(1<<15)
#define	FPINEX	(1<<12)
#define	FPUNFL	(1<<11)
#define	FPOVFL	(1<<10)
#define	FPZDIV	(1<<9)
#define	FPDNRM	(1<<8)
#define	FPINVAL	(1<<7)
#define	FPDAZ	(1<<6)
#define	FPRNR	(0<<13)
#define	FPRZ	(3<<13)
#define	FPRPINF	(2<<13)
#define	FPRNINF	(1<<13)
#define	FPRMASK	(3<<13)
#define	FPAINEX	(1<<5)
#define	FPAUNFL	(1<<4)
#define	FPAOVFL	(1<<3)
#define	FPAZDIV	(1<<2)
#define	FPAINVAL	(1<<0)

/* 6c knows USED and SET; gcc needs them spelled out */
extern	void	p9used(int, ...);
#define	USED(...)	p9used(0, __VA_ARGS__)
#define	SET(x)		((x) = 0)
