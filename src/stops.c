/*
 * Stop strings, as llama.cpp's server has them: the text is held back
 * while it may be the beginning of one; the text before the first one
 * found is put, it and what follows are not.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* the stop strings (copied; n 0: none), with nothing held */
int
stopsset(Stops *t, char **stop, int n)
{
	char **s;
	int i;

	s = nil;
	if(n > 0 && (s = emalloc(n * sizeof s[0])) == nil)
		return -1;
	for(i = 0; i < n; i++)
		if((s[i] = strdup(stop[i])) == nil){
			while(--i >= 0)
				free(s[i]);
			free(s);
			werrstr("out of memory");
			return -1;
		}
	for(i = 0; i < t->n; i++)
		free(t->s[i]);
	free(t->s);
	t->s = s;
	t->n = n;
	t->nheld = 0;
	return 0;
}

void
stopsfree(Stops *t)
{
	stopsset(t, nil, 0);
	free(t->held);
	t->held = nil;
	t->aheld = 0;
}

/* put the first n held bytes */
static void
putheld(Stops *t, int n, Gen *g)
{
	char ch;

	if(n <= 0)
		return;
	ch = t->held[n];
	t->held[n] = 0;
	g->put(g, t->held);
	t->held[n] = ch;
	memmove(t->held, t->held + n, t->nheld - n + 1);
	t->nheld -= n;
}

/*
 * a piece of text: put what cannot begin a stop string; 1 if the text
 * has one (what came before it is put), -1 if memory is short
 */
int
stopsput(Stops *t, char *piece, Gen *g)
{
	char *p, *e;
	int i, j, n;

	if(t->n == 0){
		g->put(g, piece);
		return 0;
	}
	n = strlen(piece);
	if(t->nheld + n + 1 > t->aheld){
		p = realloc(t->held, t->nheld + n + 64);
		if(p == nil){
			werrstr("out of memory");
			return -1;
		}
		t->held = p;
		t->aheld = t->nheld + n + 64;
	}
	memmove(t->held + t->nheld, piece, n + 1);
	t->nheld += n;
	e = nil;
	for(i = 0; i < t->n; i++)
		if(t->s[i][0] != 0 && (p = strstr(t->held, t->s[i])) != nil && (e == nil || p < e))
			e = p;
	if(e != nil){
		putheld(t, e - t->held, g);
		t->nheld = 0;
		return 1;
	}
	for(i = 0; i < t->nheld; i++){
		n = t->nheld - i;
		for(j = 0; j < t->n; j++)
			if(strlen(t->s[j]) > n && strncmp(t->s[j], t->held + i, n) == 0)
				break;
		if(j < t->n)
			break;
	}
	putheld(t, i, g);
	return 0;
}

/* the end of the text: what is held is put */
void
stopsflush(Stops *t, Gen *g)
{
	putheld(t, t->nheld, g);
}
