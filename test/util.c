#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

char	*modeldir = "../shared/models";
char	*goldendir = "../shared/golden";
char	*bindir = "bin";
char	*tmpdir;

char*
mpath(char *name)
{
	return smprint("%s/%s", modeldir, name);
}

char*
tpath(char *name)
{
	return smprint("%s/%s", tmpdir, name);
}

char*
bpath(char *name)
{
	return smprint("%s/%s", bindir, name);
}

/* remove path and, if it is a directory, what is in it */
static void
rmall(char *path)
{
	Dir *d;
	long n, i;
	int fd;
	char *s;

	d = dirstat(path);
	if(d != nil && (d->qid.type & QTDIR) != 0 && (fd = open(path, OREAD)) >= 0){
		free(d);
		n = dirreadall(fd, &d);
		close(fd);
		for(i = 0; i < n; i++){
			s = smprint("%s/%s", path, d[i].name);
			rmall(s);
			free(s);
		}
		if(n <= 0)
			d = nil;
	}
	free(d);
	remove(path);
}

/* remove the scratch directory and what is in it */
void
rmtmpdir(void)
{
	rmall(tmpdir);
}

/* /tmp/prefix.pid, for the scratch files of this run (another name if a run that was killed left one) */
int
mktmpdir(char *prefix)
{
	int fd, i;

	for(i = 0; i < 100; i++){
		free(tmpdir);
		tmpdir = i == 0 ? smprint("/tmp/%s.%d", prefix, getpid()) : smprint("/tmp/%s.%d.%d", prefix, getpid(), i);
		if(access(tmpdir, AEXIST) == 0)
			continue;
		fd = create(tmpdir, OREAD, DMDIR|0777);
		if(fd < 0)
			break;
		close(fd);
		return 0;
	}
	werrstr("create %s: %r", tmpdir);
	return -1;
}

/* the program's path, looked up where Plan 9 and Debian keep them, or nil */
char*
findprog(char *name)
{
	static char *dirs[] = {"/bin", "/usr/bin", "/usr/local/bin"};
	char *p;
	int i;

	for(i = 0; i < nelem(dirs); i++){
		p = smprint("%s/%s", dirs[i], name);
		if(access(p, AEXEC) == 0)
			return p;
		free(p);
	}
	return nil;
}

/*
 * run argv[0] with fd 0 from file in (nil: /dev/null), killed if
 * still running after secs; its stdout and stderr come back whole.
 * returns 0 on success status, 1 on another, 2 when killed for the time
 */
int
runprogin(char **argv, char *in, int secs, char **out, char **err)
{
	char *o, *e, *msg;
	int pid, dog, fd, r, reaped, late;
	vlong start;
	Waitmsg *w;
	static int n;

	o = tpath(smprint("out.%d", n));
	e = tpath(smprint("err.%d", n));
	n++;
	start = nsec();
	pid = fork();
	if(pid < 0)
		return -1;
	if(pid == 0){
		fd = open(in != nil ? in : "/dev/null", OREAD);
		dup(fd, 0);
		fd = create(o, OWRITE, 0666);
		dup(fd, 1);
		fd = create(e, OWRITE, 0666);
		dup(fd, 2);
		exec(argv[0], argv);
		fprint(2, "exec %s: %r\n", argv[0]);
		exits("exec");
	}
	dog = fork();
	if(dog == 0){
		sleep(secs*1000);
		postnote(PNPROC, pid, "kill");
		exits(nil);
	}
	msg = nil;
	reaped = dog < 0;
	while((msg == nil || !reaped) && (w = wait()) != nil){
		if(w->pid == pid){
			msg = strdup(w->msg);
			if(!reaped)
				postnote(PNPROC, dog, "kill");
		}else if(w->pid == dog)
			reaped = 1;
		free(w);
	}
	late = nsec() - start >= secs*1000000000LL;
	r = msg == nil ? -1 : msg[0] == 0 ? 0 : late ? 2 : 1;
	free(msg);
	if(out)
		*out = readall(o, nil);
	if(err)
		*err = readall(e, nil);
	remove(o);
	remove(e);
	return r;
}

int
runprogfor(char **argv, int secs, char **out, char **err)
{
	return runprogin(argv, nil, secs, out, err);
}

/* runprogfor with time enough for any of the tests' programs */
int
runprog(char **argv, char **out, char **err)
{
	return runprogfor(argv, 600, out, err);
}

/* export quantize in out: runprog's status */
int
exportq(char *in, char *out)
{
	char *argv[5];

	argv[0] = bpath("export");
	argv[1] = "quantize";
	argv[2] = in;
	argv[3] = out;
	argv[4] = nil;
	return runprog(argv, nil, nil);
}

/* the whole file, NUL-terminated; read to the end, since files like /proc's have no length */
char*
readall(char *path, long *np)
{
	char *buf, *nbuf;
	long n, size, r;
	int fd;

	fd = open(path, OREAD);
	if(fd < 0)
		return nil;
	size = 8192;
	buf = malloc(size+1);
	n = 0;
	while(buf != nil && (r = read(fd, buf+n, size-n)) > 0){
		n += r;
		if(n == size){
			size *= 2;
			nbuf = realloc(buf, size+1);
			if(nbuf == nil){
				free(buf);
				buf = nil;
				break;
			}
			buf = nbuf;
		}
	}
	close(fd);
	if(buf == nil)
		return nil;
	buf[n] = 0;
	if(np)
		*np = n;
	return buf;
}

int
writefile(char *path, void *buf, long n)
{
	int fd;

	fd = create(path, OWRITE, 0666);
	if(fd < 0)
		return -1;
	if(write(fd, buf, n) != n){
		close(fd);
		return -1;
	}
	return close(fd);
}

/* the n values of each of L layers of an FP32 matrix, one after another, as a file holds them */
float*
layers(Mat *a, int L, vlong n)
{
	float *f;
	int l;

	f = malloc(L*n*sizeof(float));
	for(l = 0; l < L; l++)
		memmove(f + l*n, a[l].f, n*sizeof(float));
	return f;
}

static int
samemat(Model *m, Mat *x, Mat *y, vlong n)
{
	if(m->gs == 0)
		return memcmp(x->f, y->f, n*sizeof(float)) == 0;
	return memcmp(x->q, y->q, n) == 0 && memcmp(x->s, y->s, n/m->gs*sizeof(float)) == 0;
}

/* the same shapes (dim to vocab_size) and every weight the same, FP32 or Q8_0 */
int
sameweights(Model *a, Model *b)
{
	Config *c;
	vlong d, kv, h, L;
	int l;

	c = &a->c;
	d = c->dim;
	kv = d / c->nheads * c->nkvheads;
	h = c->hidden;
	L = c->nlayers;
	if(memcmp(&a->c.dim, &b->c.dim, 6*sizeof(int)) != 0 || a->gs != b->gs
	|| memcmp(a->w.rmsatt, b->w.rmsatt, L*d*4) != 0 || memcmp(a->w.rmsffn, b->w.rmsffn, L*d*4) != 0
	|| memcmp(a->w.rmsfinal, b->w.rmsfinal, d*4) != 0
	|| !samemat(a, &a->w.emb, &b->w.emb, c->vocab*d) || !samemat(a, &a->w.cls, &b->w.cls, c->vocab*d))
		return 0;
	for(l = 0; l < L; l++)
		if(!samemat(a, &a->w.wq[l], &b->w.wq[l], d*d) || !samemat(a, &a->w.wk[l], &b->w.wk[l], kv*d)
		|| !samemat(a, &a->w.wv[l], &b->w.wv[l], kv*d) || !samemat(a, &a->w.wo[l], &b->w.wo[l], d*d)
		|| !samemat(a, &a->w.w1[l], &b->w.w1[l], h*d) || !samemat(a, &a->w.w2[l], &b->w.w2[l], d*h)
		|| !samemat(a, &a->w.w3[l], &b->w.w3[l], h*d))
			return 0;
	return 1;
}

/* a's bytes start at p, Q8_0 scales right after the values; where the next one starts */
static uchar*
follows(Model *m, Mat *a, vlong n, uchar *p)
{
	if(m->gs == 0)
		return (uchar*)a->f == p ? p + 4*n : nil;
	if((uchar*)a->q != p || (uchar*)a->s != p + n)
		return nil;
	return p + n + 4*(n/m->gs);
}

/* each layer's matrices one after another in the order forward reads them, the classifier after */
int
inorder(Model *m)
{
	Weights *w;
	vlong d, kv, h;
	uchar *p;
	int l;

	w = &m->w;
	d = m->c.dim;
	kv = d / m->c.nheads * m->c.nkvheads;
	h = m->c.hidden;
	p = m->gs ? (uchar*)w->wq[0].q : (uchar*)w->wq[0].f;
	for(l = 0; l < m->c.nlayers && p != nil; l++){
		p = follows(m, &w->wq[l], d*d, p);
		p = p ? follows(m, &w->wk[l], kv*d, p) : nil;
		p = p ? follows(m, &w->wv[l], kv*d, p) : nil;
		p = p ? follows(m, &w->wo[l], d*d, p) : nil;
		p = p ? follows(m, &w->w1[l], h*d, p) : nil;
		p = p ? follows(m, &w->w3[l], h*d, p) : nil;
		p = p ? follows(m, &w->w2[l], d*h, p) : nil;
	}
	if(p != nil && !m->c.shared)
		p = follows(m, &w->cls, m->c.vocab*d, p);
	return p != nil;
}

/* CRC-32 (IEEE 802.3, reflected, as zlib computes it) */
u32int
crc32(void *buf, long n)
{
	static u32int tab[256];
	uchar *p;
	u32int c;
	int i, k;

	if(tab[1] == 0)
		for(i = 0; i < 256; i++){
			c = i;
			for(k = 0; k < 8; k++)
				c = c & 1 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
			tab[i] = c;
		}
	c = 0xFFFFFFFF;
	for(p = buf; n-- > 0; p++)
		c = tab[(c ^ *p) & 0xFF] ^ (c >> 8);
	return c ^ 0xFFFFFFFF;
}

/* err ≤ tol, and not a NaN: 6c's float compares are true for NaNs */
int
within(double err, double tol)
{
	return !isNaN(err) && err <= tol;
}

/* -x by its sign bit: 6c compiles -x as 0 - x, which makes -0 of 0 a +0 */
float
fneg(float x)
{
	union { float f; u32int u; } v;

	v.f = x;
	v.u ^= 0x80000000;
	return v.f;
}

/* uniform in [-1, 1), from a splitmix64 stream */
float
randpm(uvlong *s)
{
	uvlong z;

	*s += 0x9E3779B97F4A7C15ULL;
	z = *s;
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	z ^= z >> 31;
	return (z >> 40) / 8388608.0 - 1.0;
}

/* prog's output for model (and tokenizer, if not nil) from "Once upon a time": -t t -p 0.9 -s seed -n steps */
char*
runmodel(char *prog, char *model, char *tok, char *t, char *seed, char *steps)
{
	char *argv[16], *out;
	int n;

	n = 0;
	argv[n++] = bpath(prog);
	argv[n++] = model;
	if(tok){
		argv[n++] = "-z";
		argv[n++] = tok;
	}
	argv[n++] = "-t"; argv[n++] = t;
	argv[n++] = "-p"; argv[n++] = "0.9";
	argv[n++] = "-s"; argv[n++] = seed;
	argv[n++] = "-n"; argv[n++] = steps;
	argv[n++] = "-i"; argv[n++] = "Once upon a time";
	argv[n] = nil;
	if(runprog(argv, &out, nil) != 0)
		return nil;
	return out;
}

/* leading greedy tokens from BOS on which a and b agree, of n */
int
greedyagree(Model *a, Model *b, int n)
{
	State *sa, *sb;
	int pos, ta, tb, k;

	sa = newstate(&a->c, n);
	sb = newstate(&b->c, n);
	ta = tb = 1;
	for(k = pos = 0; pos < n; pos++){
		ta = argmax(forward(a, sa, ta, pos), a->c.vocab);
		tb = argmax(forward(b, sb, tb, pos), b->c.vocab);
		if(ta != tb)
			break;
		k++;
	}
	freestate(sa);
	freestate(sb);
	return k;
}

/* the offset of s in the n bytes of buf, -1 if it is not there */
long
memfind(uchar *buf, long n, char *s)
{
	long i, k;

	k = strlen(s);
	for(i = 0; i + k <= n; i++)
		if(memcmp(buf+i, s, k) == 0)
			return i;
	return -1;
}

/* v little-endian into p[0..7] */
void
put64(uchar *p, uvlong v)
{
	int i;

	for(i = 0; i < 8; i++)
		p[i] = v >> 8*i;
}

/* a copy of file from, as file to */
int
copyfile(char *from, char *to)
{
	char *b;
	long n;
	int r;

	if((b = readall(from, &n)) == nil)
		return -1;
	r = writefile(to, b, n);
	free(b);
	return r;
}

/* the n bytes at p as a string: 9front's %.*s counts runes, not bytes */
char*
bytestr(char *p, long n)
{
	char *s;

	s = malloc(n + 1);
	if(s == nil)
		return nil;
	memmove(s, p, n);
	s[n] = 0;
	return s;
}

/* s (UTF-8) as a JSON string, for the node oracles */
char*
jsonquote(char *s)
{
	char *b, *p;

	b = p = malloc(6*strlen(s) + 3);
	*p++ = '"';
	for(; *s; s++)
		if(*s == '"' || *s == '\\'){
			*p++ = '\\';
			*p++ = *s;
		}else if((uchar)*s < ' ')
			p += sprint(p, "\\u%04x", (uchar)*s);
		else
			*p++ = *s;
	*p++ = '"';
	*p = 0;
	return b;
}

/* the kernels' ways: the portable C, SSE2 alone, SSSE3, AVX without AVX2, AVX2 without AVX-VNNI, and AVX-VNNI, where the machine has them (else the way below's) */
char *waynames[Nways] = {"C", "SSE2", "SSSE3", "AVX", "AVX2", "AVX-VNNI"};

void
setway(int k)
{
	usesimd = k > Wc;
	usessse3 = k >= Wssse3;
	useavx = k >= Wavx;
	useavx2 = k >= Wavx2;
	usevnni = k == Wvnni;
}
