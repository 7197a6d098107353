/*
 * libc routines for the host with 9front's prototypes: strings, runes,
 * malloc, conversions, tokenize/getfields, qsort, math extras, locks.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>
#include <sched.h>
#include <sys/syscall.h>
#include <linux/mman.h>
#include <linux/futex.h>
#include <u.h>
#include <libc.h>
#include "host.h"

void*	p9memchr(void *p, int c, usize n) { return memchr(p, c, n); }
char*	p9strcat(char *a, char *b) { return strcat(a, b); }
char*	p9strchr(char *s, int c) { return strchr(s, c); }
int	p9strcmp(char *a, char *b) { return strcmp(a, b); }
char*	p9strcpy(char *a, char *b) { return strcpy(a, b); }
char*	p9strncpy(char *a, char *b, long n) { return strncpy(a, b, n); }
int	p9strncmp(char *a, char *b, long n) { return strncmp(a, b, n); }
char*	p9strrchr(char *s, int c) { return strrchr(s, c); }
char*	p9strstr(char *a, char *b) { return strstr(a, b); }
long	p9strlen(char *s) { return strlen(s); }
long	p9strspn(char *a, char *b) { return strspn(a, b); }
long	p9strcspn(char *a, char *b) { return strcspn(a, b); }
char*	p9strpbrk(char *a, char *b) { return strpbrk(a, b); }
int	cistrcmp(char *a, char *b) { return strcasecmp(a, b); }
int	cistrncmp(char *a, char *b, int n) { return strncasecmp(a, b, n); }
int	p9tolower(int c) { return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c; }
int	p9toupper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
int	p9abs(int x) { return x < 0 ? -x : x; }

char*
p9strdup(char *s)
{
	char *t;

	t = malloc(strlen(s) + 1);
	if(t == nil){
		werrstr("no memory");
		return nil;
	}
	return strcpy(t, s);
}

char*
strecpy(char *to, char *e, char *from)
{
	if(to >= e)
		return to;
	while(to < e-1 && *from)
		*to++ = *from++;
	*to = 0;
	return to;
}

/*
 * runes as 9front's libc/port/rune.c has them: a bad sequence is
 * Runeerror of length 1; surrogates pass both ways; above Runemax
 * encodes as Runeerror; fullrune goes by the first byte alone.
 */
int
chartorune(Rune *r, char *str)
{
	uchar *s;
	long c;
	int n, i;

	s = (uchar*)str;
	if(s[0] < 0x80){
		*r = s[0];
		return 1;
	}
	if(s[0] < 0xC0 || s[0] >= 0xF8)
		goto bad;
	n = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
	c = s[0] & (0x7F >> n);
	for(i = 1; i < n; i++){
		if((s[i] & 0xC0) != 0x80)
			goto bad;
		c = c<<6 | (s[i] & 0x3F);
	}
	if((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > Runemax)))
		goto bad;
	*r = c;
	return n;
bad:
	*r = Runeerror;
	return 1;
}

int
runetochar(char *str, Rune *rp)
{
	Rune c;

	c = *rp;
	if(c > Runemax)
		c = Runeerror;
	if(c < 0x80){
		str[0] = c;
		return 1;
	}
	if(c < 0x800){
		str[0] = 0xC0 | c>>6;
		str[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	if(c < 0x10000){
		str[0] = 0xE0 | c>>12;
		str[1] = 0x80 | (c>>6 & 0x3F);
		str[2] = 0x80 | (c & 0x3F);
		return 3;
	}
	str[0] = 0xF0 | c>>18;
	str[1] = 0x80 | (c>>12 & 0x3F);
	str[2] = 0x80 | (c>>6 & 0x3F);
	str[3] = 0x80 | (c & 0x3F);
	return 4;
}

int
runelen(long c)
{
	char buf[UTFmax];
	Rune r;

	r = c;
	return runetochar(buf, &r);
}

int
fullrune(char *str, int n)
{
	uchar c;

	if(n <= 0)
		return 0;
	c = *(uchar*)str;
	if(c < 0x80)
		return 1;
	if(c < 0xE0)
		return n >= 2;
	if(c < 0xF0)
		return n >= 3;
	return n >= 4;
}

int
utflen(char *s)
{
	Rune r;
	int n;

	for(n = 0; *s; n++)
		s += chartorune(&r, s);
	return n;
}

char*
utfrune(char *s, long c)
{
	Rune r;
	int n;

	if(c < Runeself)
		return strchr(s, c);
	while(*s){
		n = chartorune(&r, s);
		if(r == (Rune)c)
			return s;
		s += n;
	}
	return nil;
}

/* malloc: sizes are ulong (32 bits) as on 9front amd64 */
void*	p9malloc(ulong n) { return malloc(n); }
void	p9free(void *p) { free(p); }
void*	p9realloc(void *p, ulong n) { return realloc(p, n); }
void*	p9calloc(ulong n, ulong m) { return calloc(n, m); }
void	setmalloctag(void *p, uintptr pc) { (void)p; (void)pc; }

void*
mallocz(ulong n, int clr)
{
	return clr ? calloc(1, n) : malloc(n);
}

long	syscall(long, ...);	/* unistd.h has it only beyond POSIX */

enum { Hugepage = 2<<20 };

/* only what 9ml asks for: a power-of-two alignment, no offset, no span */
void*
mallocalign(ulong n, ulong align, long offset, ulong span)
{
	void *p;

	if(offset != 0 || span != 0 || align == 0 || (align & (align-1)) != 0){
		werrstr("mallocalign: only power-of-two alignments on the host");
		return nil;
	}
	if(align < sizeof(void*))
		align = sizeof(void*);
	if(n >= Hugepage && align < Hugepage)
		align = Hugepage;
	if(posix_memalign(&p, align, n ? n : 1) != 0)
		return nil;
	/*
	 * a model's weights: in 4 KB pages, FP32 decode streamed them ~1.3×
	 * slower than in 2 MB ones (or in the page cache's large folios, as
	 * llama2.c's mmap has them). Only a hint; 9front is not asked.
	 */
	if(n >= Hugepage)
		syscall(SYS_madvise, p, (unsigned long)n, MADV_HUGEPAGE);
	return p;
}

/* conversions */
double	p9atof(char *s) { return strtod(s, nil); }
long	p9atol(char *s) { return (int)strtol(s, nil, 0); }
int	p9atoi(char *s) { return (int)strtol(s, nil, 0); }
vlong	p9atoll(char *s) { return strtoll(s, nil, 0); }
double	p9strtod(char *s, char **e) { return strtod(s, e); }
long	p9strtol(char *s, char **e, int b) { return (int)strtol(s, e, b); }
ulong	p9strtoul(char *s, char **e, int b) { return (uint)strtoul(s, e, b); }
vlong	p9strtoll(char *s, char **e, int b) { return strtoll(s, e, b); }
uvlong	p9strtoull(char *s, char **e, int b) { return strtoull(s, e, b); }

/* qsort: 9front's is not stable, and code must not rely on glibc's being so */
void
p9qsort(void *a, usize n, usize sz, int (*cmp)(void*, void*))
{
	qsort(a, n, sz, (int(*)(const void*, const void*))cmp);
}

/* tokenize(2): fields split at blanks, rc-style single quotes */
static char*
qtoken(char *s)
{
	int quoting;
	char *t;

	quoting = 0;
	t = s;
	while(*t != 0 && (quoting || (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r'))){
		if(*t != '\''){
			*s++ = *t++;
			continue;
		}
		if(!quoting){
			quoting = 1;
			t++;
			continue;
		}
		if(t[1] != '\''){
			quoting = 0;
			t++;
			continue;
		}
		t++;
		*s++ = *t++;
	}
	if(*s != 0){
		*s = 0;
		if(t == s)
			t++;
	}
	return t;
}

int
tokenize(char *s, char **args, int maxargs)
{
	int n;

	for(n = 0; n < maxargs; n++){
		while(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		if(*s == 0)
			break;
		args[n] = s;
		s = qtoken(s);
	}
	return n;
}

/*
 * getfields(2): without mflag every delimiter ends a field (empty fields
 * count); with mflag runs of delimiters separate fields and none is empty.
 */
int
getfields(char *s, char **args, int maxargs, int mflag, char *delims)
{
	int n, intok;

	if(maxargs <= 0)
		return 0;
	n = 0;
	args[0] = s;
	if(!mflag)
		n++;
	intok = 0;
	for(; *s; s++){
		if(strchr(delims, *s) != nil){
			if(n >= maxargs)
				break;
			*s = 0;
			intok = 0;
			args[n] = s+1;
			if(!mflag)
				n++;
		}else{
			if(!intok && mflag)
				n++;
			intok = 1;
		}
	}
	return n;
}

char*
cleanname(char *name)
{
	char *p, *q, *dotdot;
	int rooted;

	/* as 9front's port/cleanname.c does it, lexically and in place */
	rooted = name[0] == '/';
	p = q = dotdot = name + rooted;
	while(*p){
		if(p[0] == '/')
			p++;
		else if(p[0] == '.' && (p[1] == '/' || p[1] == 0))
			p++;
		else if(p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == 0)){
			p += 2;
			if(q > dotdot){		/* can back up */
				while(--q > dotdot && *q != '/')
					;
			}else if(!rooted){	/* .. stays */
				if(q != name)
					*q++ = '/';
				*q++ = '.';
				*q++ = '.';
				dotdot = q;
			}
		}else{
			if(q != name + rooted)
				*q++ = '/';
			while(*p != 0 && *p != '/')
				*q++ = *p++;
		}
	}
	if(q == name)
		*q++ = '.';
	*q = 0;
	return name;
}

/* math extras */
/* 9front's NaN(): exponent all ones, low word 1 */
double
NaN(void)
{
	uvlong b;
	double d;

	b = 0x7FF0000000000001ULL;
	memmove(&d, &b, sizeof d);
	return d;
}


/* by their bits, as 9front's: no comparison that could trap */
static void
words(double d, u32int *hi, u32int *lo)
{
	uvlong b;

	memmove(&b, &d, sizeof b);
	*hi = b >> 32;
	*lo = b;
}

double
Inf(int sign)
{
	uvlong b;
	double d;

	b = (uvlong)(sign < 0 ? 0xFFF00000 : 0x7FF00000) << 32;
	memmove(&d, &b, sizeof d);
	return d;
}

int
isInf(double d, int sign)
{
	u32int hi, lo;

	words(d, &hi, &lo);
	if(lo != 0)
		return 0;
	if(hi == 0x7FF00000)
		return sign >= 0;
	if(hi == 0xFFF00000)
		return sign <= 0;
	return 0;
}

int
isNaN(double d)
{
	u32int hi, lo;

	words(d, &hi, &lo);
	return (hi & 0x7FF00000) == 0x7FF00000 && !isInf(d, 0);
}

/*
 * 9front amd64's getfcr.s: the control is MXCSR's bits 6-15, with the
 * six exception bits inverted (set: the exception traps); the status is
 * its low six bits
 */
static ulong
stmxcsr(void)
{
	ulong v;

	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}

static void
ldmxcsr(ulong v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}

ulong	getfcr(void) { return (stmxcsr() & 0xFFC0) ^ (0x3F<<7); }
void	setfcr(ulong f) { ldmxcsr((stmxcsr() & 0x3F) | ((f ^ (0x3F<<7)) & 0xFFC0)); }
ulong	getfsr(void) { return stmxcsr() & 0x3F; }
void	setfsr(ulong f) { ldmxcsr((stmxcsr() & ~0x3F) | (f & 0x3F)); }


/* atomics and locks */
long	ainc(long *p) { return __atomic_add_fetch(p, 1, __ATOMIC_SEQ_CST); }
long	adec(long *p) { return __atomic_sub_fetch(p, 1, __ATOMIC_SEQ_CST); }

int
canlock(Lock *l)
{
	return __atomic_exchange_n(&l->val, 1, __ATOMIC_ACQUIRE) == 0;
}

void
lock(Lock *l)
{
	while(!canlock(l))
		sched_yield();
}

void
unlock(Lock *l)
{
	__atomic_store_n(&l->val, 0, __ATOMIC_RELEASE);
}

/*
 * QLock and Rendez on Linux futexes, with nothing allocated: a QLock or
 * Rendez freed with the structure holding it leaves nothing behind (a
 * pthread mutex made on first use leaked 40 bytes per lock). locked is
 * 0 when free, 1 when held, 2 when held and someone may be waiting.
 */

static void
futexwait(int *w, int v)
{
	syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, v, nil, nil, 0);
}

static void
futexwake(int *w, int n)
{
	syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, n, nil, nil, 0);
}

int
canqlock(QLock *q)
{
	int v;

	v = 0;
	return __atomic_compare_exchange_n(&q->locked, &v, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void
qlock(QLock *q)
{
	if(canqlock(q))
		return;
	while(__atomic_exchange_n(&q->locked, 2, __ATOMIC_ACQUIRE) != 0)
		futexwait(&q->locked, 2);
}

void
qunlock(QLock *q)
{
	if(__atomic_exchange_n(&q->locked, 0, __ATOMIC_RELEASE) == 2)
		futexwake(&q->locked, 1);
}

/*
 * Every Rendez sleeps on one sequence number: a wakeup wakes every
 * sleeper, who go back to sleep if their condition does not hold (as
 * 9front's callers loop on it anyway). The caller holds r->l, so a
 * wakeup cannot fall between the read of the sequence and the sleep.
 */
static int rendezseq;

void
rsleep(Rendez *r)
{
	int v;

	v = __atomic_load_n(&rendezseq, __ATOMIC_SEQ_CST);
	qunlock(r->l);
	futexwait(&rendezseq, v);
	qlock(r->l);
}

int
rwakeup(Rendez *r)
{
	USED(r);
	__atomic_add_fetch(&rendezseq, 1, __ATOMIC_SEQ_CST);
	futexwake(&rendezseq, 0x7fffffff);
	return 1;
}

int
rwakeupall(Rendez *r)
{
	return rwakeup(r);
}

/* from into [to, e), cut before a rune that does not fit whole, NUL-ended; the NUL's place */
char*
utfecpy(char *to, char *e, char *from)
{
	char *p;

	if(to >= e)
		return to;
	for(p = to; p < e - 1 && *from != 0; )
		*p++ = *from++;
	while(p > to && (*from & 0xC0) == 0x80){	/* cut inside a rune: not a byte of it */
		p--;
		from--;
	}
	*p = 0;
	return p;
}
