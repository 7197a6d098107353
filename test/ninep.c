/*
 * A 9P client for the tests: connect and attach, then walk, open, read,
 * write, stat and clunk by path, one request at a time (nrpc) or with
 * replies collected separately (nsend, nrecv) for flush and pipelining.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include "ninep.h"

enum {
	Msize = 8192 + IOHDRSZ,
	Root = 1,
};

int
nsend(Conn *c, Fcall *f)
{
	uint n;

	if(f->tag == 0)
		f->tag = ++c->tag ? c->tag : ++c->tag;
	n = convS2M(f, c->buf, c->msize);
	if(n == 0){
		werrstr("message too big");
		return -1;
	}
	if(write(c->fd, c->buf, n) != n)
		return -1;
	return 0;
}

/* the next reply; its strings and data stay valid until the next nrecv */
int
nrecv(Conn *c, Fcall *f)
{
	int n;

	n = read9pmsg(c->fd, c->buf, c->msize);
	if(n <= 0){
		if(n == 0)
			werrstr("connection closed");
		return -1;
	}
	if(convM2S(c->buf, n, f) != (uint)n){
		werrstr("bad reply");
		return -1;
	}
	return 0;
}

int
nrpc(Conn *c, Fcall *t, Fcall *r)
{
	t->tag = 0;
	if(nsend(c, t) < 0 || nrecv(c, r) < 0)
		return -1;
	if(r->tag != t->tag){
		werrstr("reply tag %ud for %ud", r->tag, t->tag);
		return -1;
	}
	if(r->type == Rerror){
		werrstr("%s", r->ename);
		return -1;
	}
	if(r->type != t->type + 1){
		werrstr("reply type %d for %d", r->type, t->type);
		return -1;
	}
	return 0;
}

int
nversion(Conn *c, uint msize)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Tversion;
	t.msize = msize;
	t.version = "9P2000";
	if(nrpc(c, &t, &r) < 0)
		return -1;
	msize = r.msize;
	c->msize = msize < Msize ? msize : Msize;
	return msize;
}

Conn*
nconnect(char *addr)
{
	Conn *c;
	Fcall t, r;

	c = mallocz(sizeof *c, 1);
	c->buf = malloc(Msize);
	c->msize = Msize;
	c->nextfid = Root + 1;
	c->fd = dial(addr, nil, nil, nil);
	if(c->fd < 0){
		free(c->buf);
		free(c);
		return nil;
	}
	if(nversion(c, Msize) < 0)
		goto err;
	memset(&t, 0, sizeof t);
	t.type = Tattach;
	t.fid = Root;
	t.afid = NOFID;
	t.uname = getuser();
	t.aname = "";
	if(nrpc(c, &t, &r) < 0)
		goto err;
	return c;
err:
	close(c->fd);
	free(c->buf);
	free(c);
	return nil;
}

void
nhangup(Conn *c)
{
	if(c == nil)
		return;
	close(c->fd);
	free(c->buf);
	free(c);
}

/* a new fid for path from the root; ~0 on error */
u32int
nwalk(Conn *c, char *path)
{
	Fcall t, r;
	char *p, *f[MAXWELEM];
	int n, i;

	p = strdup(path);
	n = getfields(p, f, MAXWELEM, 1, "/");
	memset(&t, 0, sizeof t);
	t.type = Twalk;
	t.fid = Root;
	t.newfid = c->nextfid++;
	t.nwname = n;
	for(i = 0; i < n; i++)
		t.wname[i] = f[i];
	if(nrpc(c, &t, &r) < 0){
		free(p);
		return ~0;
	}
	free(p);
	if(r.nwqid != n){
		werrstr("file does not exist");
		return ~0;
	}
	return t.newfid;
}

int
nopen(Conn *c, u32int fid, int mode)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Topen;
	t.fid = fid;
	t.mode = mode;
	return nrpc(c, &t, &r);
}

long
nread(Conn *c, u32int fid, vlong off, char *buf, long n)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.fid = fid;
	t.offset = off;
	t.count = n;
	if(nrpc(c, &t, &r) < 0)
		return -1;
	memmove(buf, r.data, r.count);
	return r.count;
}

long
nwrite(Conn *c, u32int fid, vlong off, char *buf, long n)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Twrite;
	t.fid = fid;
	t.offset = off;
	t.count = n;
	t.data = buf;
	if(nrpc(c, &t, &r) < 0)
		return -1;
	return r.count;
}

int
nclunk(Conn *c, u32int fid)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Tclunk;
	t.fid = fid;
	return nrpc(c, &t, &r);
}

/* strs holds the strings of d: at least STATMAX bytes */
int
nstat(Conn *c, u32int fid, Dir *d, char *strs)
{
	Fcall t, r;

	memset(&t, 0, sizeof t);
	t.type = Tstat;
	t.fid = fid;
	if(nrpc(c, &t, &r) < 0)
		return -1;
	if(convM2D(r.stat, r.nstat, d, strs) == 0){
		werrstr("bad stat");
		return -1;
	}
	return 0;
}

/* the whole of a file, read to its end, as cat does; nil on error */
char*
ncat(Conn *c, char *path)
{
	u32int fid;
	char *buf;
	long n, m;

	fid = nwalk(c, path);
	if(fid == ~0 || nopen(c, fid, OREAD) < 0)
		return nil;
	buf = malloc(c->msize + 1);
	n = 0;
	while((m = nread(c, fid, n, buf+n, c->msize - IOHDRSZ)) > 0){
		n += m;
		buf = realloc(buf, n + c->msize + 1);
	}
	nclunk(c, fid);
	if(m < 0){
		free(buf);
		return nil;
	}
	buf[n] = 0;
	return buf;
}

/* echo text >path: opened with OTRUNC, written in msize pieces */
int
necho(Conn *c, char *path, char *text)
{
	u32int fid;
	long n, m, off;
	int r;

	fid = nwalk(c, path);
	if(fid == ~0 || nopen(c, fid, OWRITE|OTRUNC) < 0)
		return -1;
	n = strlen(text);
	r = 0;
	for(off = 0; off < n || (n == 0 && off == 0); off += m){
		m = n - off;
		if(m > c->msize - IOHDRSZ)
			m = c->msize - IOHDRSZ;
		if(nwrite(c, fid, off, text+off, m) != m){
			r = -1;
			break;
		}
		if(n == 0)
			break;
	}
	nclunk(c, fid);
	return r;
}

/* a fid of c open on path with mode; ~0 if not */
u32int
nwalkopen(Conn *c, char *path, int mode)
{
	u32int fid;

	fid = nwalk(c, path);
	if(fid != ~0 && nopen(c, fid, mode) < 0){
		nclunk(c, fid);
		return ~0;
	}
	return fid;
}

int
nexists(Conn *c, char *path)
{
	u32int fid;

	fid = nwalk(c, path);
	if(fid == ~0)
		return 0;
	nclunk(c, fid);
	return 1;
}

/* the first bytes of session s's stream: it is under way */
void
nunderway(Conn *c, char *s)
{
	char buf[64];
	u32int fid;

	fid = nwalk(c, smprint("%s/stream", s));
	if(fid != ~0 && nopen(c, fid, OREAD) == 0)
		nread(c, fid, 0, buf, sizeof buf);
	if(fid != ~0)
		nclunk(c, fid);
}
