/*
 * Llama 3: RoPE base 500000 and grouped-query attention; Llama 3.1's
 * frequency scaling when the file asks for it: long wavelengths are
 * divided by factor, short ones kept, and those between blended.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"

static int
match(char *family, Config *c)
{
	return strcmp(family, "llama") == 0 && (c->theta >= 500000 || c->ropefactor > 0);
}

static float
freq(Config *c, int i, int hs)
{
	double f, wavelen, lo, hi, smooth;

	f = 1.0f / (float)pow(c->theta, i / (float)hs);
	if(c->ropefactor <= 0)
		return f;
	wavelen = 2*PI / f;
	lo = c->roporig / c->ropelow;		/* longest wavelength kept as it is */
	hi = c->roporig / c->ropehigh;
	if(wavelen < hi)
		return f;
	if(wavelen > lo)
		return f / c->ropefactor;
	smooth = (c->roporig / wavelen - c->ropelow) / (c->ropehigh - c->ropelow);
	return (1 - smooth) * f / c->ropefactor + smooth * f;
}

Arch llama3 = {"llama3", match, freq};
