/*
 * Where a model's weights live, whatever the file: one allocation, the
 * norms and the embedding first, then each layer's matrices in the
 * order the forward pass reads them (wq wk wv wo w1 w3 w2), then the
 * classifier; a Q8_0 matrix's scales follow its values, and a matrix in
 * its GGUF type (m->own) takes its file's bytes. The loaders
 * fill the places set here; a llama2.c file's RoPE tables are skipped.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/* the Mats of each layer, so the loaders can name them */
int
allocmats(Model *m)
{
	int L;

	L = m->c.nlayers;
	m->mats = emalloc(7*L*sizeof(Mat));
	if(m->mats == nil)
		return -1;
	m->w.wq = m->mats;
	m->w.wk = m->mats + L;
	m->w.wv = m->mats + 2*L;
	m->w.wo = m->mats + 3*L;
	m->w.w1 = m->mats + 4*L;
	m->w.w2 = m->mats + 5*L;
	m->w.w3 = m->mats + 6*L;
	return 0;
}

/* the bytes a loaded tensor of nv values takes: a matrix of a Q8_0 model as int8 and a scale per group */
vlong
loadbytes(Model *m, vlong nv, int mat)
{
	return mat && m->gs ? nv + 4*(nv/m->gs) : 4*nv;
}

/* matrix a of nv values at offset off of base (nil: only counting); the offset after it */
static vlong
place(Model *m, Mat *a, vlong nv, uchar *base, vlong off)
{
	vlong bytes;

	if(m->own && a->type != Tf32){
		/* whole blocks, checked by the loader; what follows starts on a line */
		tensorsize(a->type, nv, &bytes);
		if(base != nil)
			a->raw = base + off;
		return (off + bytes + 63) & ~63;
	}
	if(base != nil && m->gs == 0)
		a->f = (float*)(base + off);
	else if(base != nil){
		a->q = (schar*)(base + off);
		a->s = (float*)(base + off + nv);
	}
	return off + loadbytes(m, nv, 1);
}

/* the layout, walked once to size it (base nil) and once to point the weights into base */
static vlong
lay(Model *m, uchar *base)
{
	Config *c;
	Weights *w;
	vlong L, dim, kv, hid, off;
	int l;

	c = &m->c;
	w = &m->w;
	L = c->nlayers;
	dim = c->dim;
	kv = dim / c->nheads * c->nkvheads;
	hid = c->hidden;
	if(base != nil){
		w->rmsatt = (float*)base;
		w->rmsffn = w->rmsatt + L*dim;
		w->rmsfinal = w->rmsffn + L*dim;
	}
	off = 4*(2*L*dim + dim);
	off = place(m, &w->emb, c->vocab*dim, base, off);
	for(l = 0; l < L; l++){
		off = place(m, &w->wq[l], dim*dim, base, off);
		off = place(m, &w->wk[l], kv*dim, base, off);
		off = place(m, &w->wv[l], kv*dim, base, off);
		off = place(m, &w->wo[l], dim*dim, base, off);
		off = place(m, &w->w1[l], hid*dim, base, off);
		off = place(m, &w->w3[l], hid*dim, base, off);
		off = place(m, &w->w2[l], dim*hid, base, off);
	}
	if(c->shared)
		w->cls = w->emb;
	else
		off = place(m, &w->cls, c->vocab*dim, base, off);
	return off;
}

/* m->mem for m's config and group size, every weight pointed into it (after allocmats) */
int
arrange(Model *m)
{
	vlong total;

	total = lay(m, nil);
	m->mem = emallocline(total);
	if(m->mem == nil)
		return -1;
	/*
	 * touch every page before read fills them: on Linux, memory whose
	 * pages were first touched by read's copy streamed 10-11 GB/s, and
	 * 12-14 when the pages were touched first
	 */
	memset(m->mem, 0, total);
	m->nbytes = total;
	lay(m, m->mem);
	return 0;
}

/*
 * For decode, whose matrix-vector products are as fast as memory only
 * when a lane of the SIMD registers can sum a row without transposes,
 * each FP32 matrix's rows go in panels of Panel: a panel's n columns one
 * after another, each column's Panel weights together (row i's weight j
 * at j·Panel + i%Panel); the last d%Panel rows stay rows. The kernels of
 * simd/port.c read it; the writers want rows, and get them back. Where
 * the AVX2 kernels run, each Q8_0 and Q4_0 matrix goes in eights the same way
 * (simd/gquant.c).
 */

/* a d×n matrix's panels, from rows (dir 1) or back to rows (0), in place through tmp (Panel·n floats) */
static void
repanel(float *w, vlong d, vlong n, float *tmp, int dir)
{
	vlong p, i, j;
	float *a;

	for(p = 0; p + Panel <= d; p += Panel){
		a = w + p*n;
		memmove(tmp, a, Panel*n*sizeof(float));
		for(j = 0; j < n; j++)
			for(i = 0; i < Panel; i++)
				if(dir)
					a[j*Panel + i] = tmp[i*n + j];
				else
					a[i*n + j] = tmp[j*Panel + i];
	}
}

/* matrix a, if FP32, as repanel does; if Q8_0 or Q4_0, as toeights */
static void
relay(Mat *a, vlong d, vlong n, float *tmp, int dir)
{
	if(a->f != nil)
		repanel(a->f, d, n, tmp, dir);
	else if(eightblock(a->type) && (dir == 0 || avx2()))
		toeights(a, d, (uchar*)tmp, dir);
}

/* every FP32 matrix of m in panels (dir 1) or rows (0) */
static int
relayout(Model *m, int dir)
{
	Config *c;
	Weights *w;
	float *tmp;
	vlong dim, kv, hid;
	int l;

	c = &m->c;
	w = &m->w;
	if(m->gs != 0 || m->panels == dir)
		return 0;
	dim = c->dim;
	kv = dim / c->nheads * c->nkvheads;
	hid = c->hidden;
	tmp = emalloc(Panel*(hid > dim ? hid : dim)*sizeof(float));
	if(tmp == nil)
		return -1;
	relay(&w->emb, c->vocab, dim, tmp, dir);
	for(l = 0; l < c->nlayers; l++){
		relay(&w->wq[l], dim, dim, tmp, dir);
		relay(&w->wk[l], kv, dim, tmp, dir);
		relay(&w->wv[l], kv, dim, tmp, dir);
		relay(&w->wo[l], dim, dim, tmp, dir);
		relay(&w->w1[l], hid, dim, tmp, dir);
		relay(&w->w3[l], hid, dim, tmp, dir);
		relay(&w->w2[l], dim, hid, tmp, dir);
	}
	if(!c->shared)
		relay(&w->cls, c->vocab, dim, tmp, dir);
	else
		w->cls = w->emb;
	free(tmp);
	m->panels = dir;
	return 0;
}

int
topanels(Model *m)
{
	return relayout(m, 1);
}

int
torows(Model *m)
{
	return relayout(m, 0);
}

/* row i of w (d rows of n, in panels) into out */
void
matrow(float *out, float *w, int n, int d, int i)
{
	float *p;
	int j;

	if(i >= d - d%Panel){
		memmove(out, w + (vlong)i*n, n*sizeof(float));
		return;
	}
	p = w + (vlong)(i - i%Panel)*n + i%Panel;
	for(j = 0; j < n; j++)
		out[j] = p[(vlong)j*Panel];
}
