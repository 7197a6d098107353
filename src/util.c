#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* little-endian fields of binary headers, independent of struct layout */
u32int
get32(uchar *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (u32int)p[3]<<24;
}

float
getfloat(uchar *p)
{
	union { u32int u; float f; } v;

	v.u = get32(p);
	return v.f;
}

/* malloc takes a ulong (32 bits on 9front amd64): refuse what does not fit */
static int
toobig(vlong n)
{
	if(n < 0 || n > 0xFFFFFFFFLL){
		werrstr("allocation of %lld bytes too large", n);
		return 1;
	}
	return 0;
}

void*
emalloc(vlong n)
{
	void *p;

	if(toobig(n))
		return nil;
	p = mallocz(n == 0 ? 1 : n, 1);
	if(p == nil)
		werrstr("out of memory allocating %lld bytes", n);
	return p;
}

/*
 * emalloc on a cache line, for weights: the matrix kernels use up a
 * row's 64-byte line in one step, which only works if rows start on one
 */
void*
emallocline(vlong n)
{
	void *p;

	if(toobig(n))
		return nil;
	p = mallocalign(n == 0 ? 1 : n, 64, 0, 0);
	if(p == nil){
		werrstr("out of memory allocating %lld bytes", n);
		return nil;
	}
	memset(p, 0, n);
	return p;
}

/* the contents of path, NUL-terminated, in *np bytes; nil if it is larger than max */
char*
readfile(char *path, vlong max, vlong *np)
{
	Dir *d;
	char *buf;
	vlong n;
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	d = dirfstat(fd);
	n = d != nil ? d->length : -1;
	free(d);
	buf = nil;
	if(n > max)
		werrstr("file too large: %lld bytes", n);
	else if(n >= 0 && (buf = emalloc(n+1)) != nil && readn(fd, buf, n) != n){
		werrstr("short read");
		free(buf);
		buf = nil;
	}
	close(fd);
	if(buf != nil)
		*np = n;
	return buf;
}

/*
 * s, all of it, as a number from lo to hi: nil, or why not. strtod
 * takes "nan", and 6c's compares are true for a NaN: it is named.
 */
char*
numarg(char *s, double lo, double hi, double *v)
{
	char *e;

	*v = strtod(s, &e);
	if(*s == 0 || *e != 0 || isNaN(*v))
		return "not a number";
	if(*v < lo || *v > hi)
		return "out of range";
	return nil;
}

/* s as a whole number from lo to hi */
char*
intarg(char *s, vlong lo, vlong hi, vlong *v)
{
	uvlong u;
	char *e;

	*v = 0;
	e = s + (*s == '-');
	if(*e < '0' || *e > '9')
		return "not a number";
	for(u = 0; *e >= '0' && *e <= '9'; e++){
		if(u > (0x7FFFFFFFFFFFFFFFULL - (*e - '0')) / 10)
			return "out of range";
		u = u*10 + (*e - '0');
	}
	if(*e != 0)
		return "not a number";
	*v = *s == '-' ? -(vlong)u : (vlong)u;
	if(*v < lo || *v > hi)
		return "out of range";
	return nil;
}

/* a seed: a whole number of 64 bits */
char*
seedarg(char *s, uvlong *v)
{
	uvlong d;

	*v = 0;
	if(*s < '0' || *s > '9')
		return "not a number";
	for(; *s >= '0' && *s <= '9'; s++){
		d = *s - '0';
		if(*v > (~0ULL - d) / 10)
			return "out of range";
		*v = *v*10 + d;
	}
	return *s == 0 ? nil : "not a number";
}

/* a temperature: 0 takes the most likely token; below Mintemp, logits/t overflows */
char*
temparg(char *s, double *v)
{
	char *err;

	if((err = numarg(s, 0, Maxtemp, v)) != nil)
		return err;
	if(*v != 0 && *v < Mintemp)
		return "out of range";
	return nil;
}

/*
 * 9front starts a process with invalid operation, division by zero
 * and overflow trapping (MXCSR 0x1900), and the trap's note kills it;
 * a model's numbers are data, so a main program asks for IEEE 754's
 * default instead (NaN and ∞, handled where they matter) before it
 * forks a proc: procs inherit it.
 */
void
ieeefp(void)
{
	setfcr(getfcr() & ~(FPINVAL|FPZDIV|FPOVFL));
}
