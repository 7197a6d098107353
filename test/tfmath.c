/*
 * fexp, fsin and fcos against glibc's expf, sinf and cosf, bit for bit,
 * on inputs where glibc's result is not the exactly rounded one and on
 * special and random inputs (test/fmathcases.h, made by test/gen).
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "fmathcases.h"

typedef union Fbits Fbits;
union Fbits {
	u32int	u;
	float	f;
};

static int
cases(char *name, float (*fn)(float), u32int (*c)[2], int n)
{
	Fbits in, out, want;
	int i, bad;

	bad = 0;
	for(i = 0; i < n; i++){
		in.u = c[i][0];
		want.u = c[i][1];
		out.f = fn(in.f);
		if(out.u != want.u && !(isNaN(out.f) && isNaN(want.f))){
			fail("%s(%.9g) = %.9g (%.8ux), glibc %.9g (%.8ux)", name, in.f, out.f, out.u, want.f, want.u);
			bad++;
		}
	}
	return n - bad;
}

void
testfmath(void)
{
	int n;

	n = cases("exp", fexp, expcases, nelem(expcases));
	n += cases("sin", fsin, sincases, nelem(sincases));
	n += cases("cos", fcos, coscases, nelem(coscases));
	note("%d of %d cases bit-identical to glibc", n, nelem(expcases) + nelem(sincases) + nelem(coscases));
}
