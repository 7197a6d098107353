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

/* 6c knows USED and SET; gcc needs them spelled out */
extern	void	p9used(int, ...);
#define	USED(...)	p9used(0, __VA_ARGS__)
#define	SET(x)		((x) = 0)
