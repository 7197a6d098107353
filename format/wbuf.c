/*
 * Buffered writing of model files: little-endian fields, and an error
 * that sticks, so a writer checks once at the end.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

int
wbopen(Wbuf *w, int fd, long size)
{
	memset(w, 0, sizeof *w);
	w->fd = fd;
	w->size = size;
	w->buf = emalloc(size);
	return w->buf != nil ? 0 : -1;
}

static void
wbflush(Wbuf *w)
{
	if(w->n > 0 && !w->err && write(w->fd, w->buf, w->n) != w->n)
		w->err = 1;
	w->n = 0;
}

void
wbput(Wbuf *w, void *v, vlong n)
{
	uchar *p;
	long m;

	p = v;
	w->off += n;
	while(n > 0){
		m = w->size - w->n;
		if(m > n)
			m = n;
		memmove(w->buf + w->n, p, m);
		w->n += m;
		p += m;
		n -= m;
		if(w->n == w->size)
			wbflush(w);
	}
}

void
wbput32(Wbuf *w, u32int v)
{
	uchar b[4];

	b[0] = v;
	b[1] = v>>8;
	b[2] = v>>16;
	b[3] = v>>24;
	wbput(w, b, 4);
}

void
wbput64(Wbuf *w, uvlong v)
{
	wbput32(w, v);
	wbput32(w, v >> 32);
}

/* flushes and frees; -1 with errstr set if a write failed */
int
wbclose(Wbuf *w)
{
	wbflush(w);
	free(w->buf);
	w->buf = nil;
	if(w->err){
		werrstr("write error");
		return -1;
	}
	return 0;
}
