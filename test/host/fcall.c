/*
 * 9P2000 messages for the host, as intro(5) defines them: size[4]
 * type[1] tag[2] then the fields, little-endian, strings as len[2]
 * bytes. convM2S's strings point into the message buffer, NUL-terminated
 * in place (each string's length field is overwritten, as 9front does
 * by moving bytes); here the buffer is rewritten one byte back.
 */
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include "host.h"

static uint
strsize(char *s)
{
	return BIT16SZ + (s ? strlen(s) : 0);
}

uint
sizeS2M(Fcall *f)
{
	uint n;
	int i;

	n = BIT32SZ + BIT8SZ + BIT16SZ;
	switch(f->type){
	case Tversion: case Rversion: n += BIT32SZ + strsize(f->version); break;
	case Tflush: n += BIT16SZ; break;
	case Tauth: n += BIT32SZ + strsize(f->uname) + strsize(f->aname); break;
	case Tattach: n += 2*BIT32SZ + strsize(f->uname) + strsize(f->aname); break;
	case Twalk:
		if(f->nwname > MAXWELEM)
			return 0;
		n += 2*BIT32SZ + BIT16SZ;
		for(i = 0; i < f->nwname; i++)
			n += strsize(f->wname[i]);
		break;
	case Topen: n += BIT32SZ + BIT8SZ; break;
	case Tcreate: n += BIT32SZ + strsize(f->name) + BIT32SZ + BIT8SZ; break;
	case Tread: n += BIT32SZ + BIT64SZ + BIT32SZ; break;
	case Twrite: n += BIT32SZ + BIT64SZ + BIT32SZ + f->count; break;
	case Tclunk: case Tremove: case Tstat: n += BIT32SZ; break;
	case Twstat: n += BIT32SZ + BIT16SZ + f->nstat; break;
	case Rerror: n += strsize(f->ename); break;
	case Rauth: case Rattach: n += QIDSZ; break;
	case Rwalk:
		if(f->nwqid > MAXWELEM)
			return 0;
		n += BIT16SZ + f->nwqid*QIDSZ;
		break;
	case Ropen: case Rcreate: n += QIDSZ + BIT32SZ; break;
	case Rread: n += BIT32SZ + f->count; break;
	case Rwrite: n += BIT32SZ; break;
	case Rstat: n += BIT16SZ + f->nstat; break;
	case Rflush: case Rclunk: case Rremove: case Rwstat: break;
	default: return 0;
	}
	return n;
}

/* n bytes of v at p: none from a nil v (memmove may not be given one, even for 0 bytes) */
static void
pbytes(uchar *p, void *v, uint n)
{
	if(n > 0)
		memmove(p, v, n);
}

static uchar*
pstring(uchar *p, char *s)
{
	uint n;

	n = s ? strlen(s) : 0;
	PBIT16(p, n);
	p += BIT16SZ;
	pbytes(p, s, n);
	return p + n;
}

static uchar*
pqid(uchar *p, Qid *q)
{
	PBIT8(p, q->type);
	PBIT32(p+1, q->vers);
	PBIT64(p+5, q->path);
	return p + QIDSZ;
}

uint
convS2M(Fcall *f, uchar *ap, uint nap)
{
	uchar *p;
	uint n;
	int i;

	n = sizeS2M(f);
	if(n == 0 || n > nap)
		return 0;
	p = ap;
	PBIT32(p, n);
	PBIT8(p+4, f->type);
	PBIT16(p+5, f->tag);
	p += 7;
	switch(f->type){
	case Tversion: case Rversion:
		PBIT32(p, f->msize);
		p = pstring(p+4, f->version);
		break;
	case Tflush:
		PBIT16(p, f->oldtag);
		p += 2;
		break;
	case Tauth:
		PBIT32(p, f->afid);
		p = pstring(p+4, f->uname);
		p = pstring(p, f->aname);
		break;
	case Tattach:
		PBIT32(p, f->fid);
		PBIT32(p+4, f->afid);
		p = pstring(p+8, f->uname);
		p = pstring(p, f->aname);
		break;
	case Twalk:
		PBIT32(p, f->fid);
		PBIT32(p+4, f->newfid);
		PBIT16(p+8, f->nwname);
		p += 10;
		for(i = 0; i < f->nwname; i++)
			p = pstring(p, f->wname[i]);
		break;
	case Topen:
		PBIT32(p, f->fid);
		PBIT8(p+4, f->mode);
		p += 5;
		break;
	case Tcreate:
		PBIT32(p, f->fid);
		p = pstring(p+4, f->name);
		PBIT32(p, f->perm);
		PBIT8(p+4, f->mode);
		p += 5;
		break;
	case Tread:
		PBIT32(p, f->fid);
		PBIT64(p+4, f->offset);
		PBIT32(p+12, f->count);
		p += 16;
		break;
	case Twrite:
		PBIT32(p, f->fid);
		PBIT64(p+4, f->offset);
		PBIT32(p+12, f->count);
		pbytes(p+16, f->data, f->count);
		p += 16 + f->count;
		break;
	case Tclunk: case Tremove: case Tstat:
		PBIT32(p, f->fid);
		p += 4;
		break;
	case Twstat:
		PBIT32(p, f->fid);
		PBIT16(p+4, f->nstat);
		pbytes(p+6, f->stat, f->nstat);
		p += 6 + f->nstat;
		break;
	case Rerror:
		p = pstring(p, f->ename);
		break;
	case Rauth:
		p = pqid(p, &f->aqid);
		break;
	case Rattach:
		p = pqid(p, &f->qid);
		break;
	case Rwalk:
		PBIT16(p, f->nwqid);
		p += 2;
		for(i = 0; i < f->nwqid; i++)
			p = pqid(p, &f->wqid[i]);
		break;
	case Ropen: case Rcreate:
		p = pqid(p, &f->qid);
		PBIT32(p, f->iounit);
		p += 4;
		break;
	case Rread:
		PBIT32(p, f->count);
		pbytes(p+4, f->data, f->count);
		p += 4 + f->count;
		break;
	case Rwrite:
		PBIT32(p, f->count);
		p += 4;
		break;
	case Rstat:
		PBIT16(p, f->nstat);
		pbytes(p+2, f->stat, f->nstat);
		p += 2 + f->nstat;
		break;
	}
	return p - ap == n ? n : 0;
}

/* a string at *pp within [*pp, e): moved one byte back over its length, NUL-terminated */
static char*
gstring(uchar **pp, uchar *e)
{
	uchar *p;
	uint n;

	p = *pp;
	if(e - p < BIT16SZ)
		return nil;
	n = GBIT16(p);
	if(n > (uint)(e - p - BIT16SZ))
		return nil;
	memmove(p+1, p+2, n);
	p[1+n] = 0;
	*pp = p + 2 + n;
	return (char*)p + 1;
}

static int
gqid(uchar **pp, uchar *e, Qid *q)
{
	uchar *p;

	p = *pp;
	if(e - p < QIDSZ)
		return -1;
	q->type = GBIT8(p);
	q->vers = GBIT32(p+1);
	q->path = GBIT64(p+5);
	*pp = p + QIDSZ;
	return 0;
}

#define	NEED(k)	if(e - p < (k)) return 0

uint
convM2S(uchar *ap, uint nap, Fcall *f)
{
	uchar *p, *e;
	uint size;
	int i;

	if(nap < BIT32SZ + BIT8SZ + BIT16SZ)
		return 0;
	size = GBIT32(ap);
	if(size < 7 || size > nap)
		return 0;
	memset(f, 0, sizeof *f);
	p = ap + 4;
	e = ap + size;
	f->type = GBIT8(p);
	f->tag = GBIT16(p+1);
	p += 3;
	switch(f->type){
	case Tversion: case Rversion:
		NEED(4);
		f->msize = GBIT32(p);
		p += 4;
		if((f->version = gstring(&p, e)) == nil)
			return 0;
		break;
	case Tflush:
		NEED(2);
		f->oldtag = GBIT16(p);
		p += 2;
		break;
	case Tauth:
		NEED(4);
		f->afid = GBIT32(p);
		p += 4;
		if((f->uname = gstring(&p, e)) == nil || (f->aname = gstring(&p, e)) == nil)
			return 0;
		break;
	case Tattach:
		NEED(8);
		f->fid = GBIT32(p);
		f->afid = GBIT32(p+4);
		p += 8;
		if((f->uname = gstring(&p, e)) == nil || (f->aname = gstring(&p, e)) == nil)
			return 0;
		break;
	case Twalk:
		NEED(10);
		f->fid = GBIT32(p);
		f->newfid = GBIT32(p+4);
		f->nwname = GBIT16(p+8);
		p += 10;
		if(f->nwname > MAXWELEM)
			return 0;
		for(i = 0; i < f->nwname; i++)
			if((f->wname[i] = gstring(&p, e)) == nil)
				return 0;
		break;
	case Topen:
		NEED(5);
		f->fid = GBIT32(p);
		f->mode = GBIT8(p+4);
		p += 5;
		break;
	case Tcreate:
		NEED(4);
		f->fid = GBIT32(p);
		p += 4;
		if((f->name = gstring(&p, e)) == nil)
			return 0;
		NEED(5);
		f->perm = GBIT32(p);
		f->mode = GBIT8(p+4);
		p += 5;
		break;
	case Tread:
		NEED(16);
		f->fid = GBIT32(p);
		f->offset = GBIT64(p+4);
		f->count = GBIT32(p+12);
		p += 16;
		break;
	case Twrite:
		NEED(16);
		f->fid = GBIT32(p);
		f->offset = GBIT64(p+4);
		f->count = GBIT32(p+12);
		p += 16;
		NEED(f->count);
		f->data = (char*)p;
		p += f->count;
		break;
	case Tclunk: case Tremove: case Tstat:
		NEED(4);
		f->fid = GBIT32(p);
		p += 4;
		break;
	case Twstat:
		NEED(6);
		f->fid = GBIT32(p);
		f->nstat = GBIT16(p+4);
		p += 6;
		NEED(f->nstat);
		f->stat = p;
		p += f->nstat;
		break;
	case Rerror:
		if((f->ename = gstring(&p, e)) == nil)
			return 0;
		break;
	case Rauth:
		if(gqid(&p, e, &f->aqid) < 0)
			return 0;
		break;
	case Rattach:
		if(gqid(&p, e, &f->qid) < 0)
			return 0;
		break;
	case Rwalk:
		NEED(2);
		f->nwqid = GBIT16(p);
		p += 2;
		if(f->nwqid > MAXWELEM)
			return 0;
		for(i = 0; i < f->nwqid; i++)
			if(gqid(&p, e, &f->wqid[i]) < 0)
				return 0;
		break;
	case Ropen: case Rcreate:
		if(gqid(&p, e, &f->qid) < 0)
			return 0;
		NEED(4);
		f->iounit = GBIT32(p);
		p += 4;
		break;
	case Rread:
		NEED(4);
		f->count = GBIT32(p);
		p += 4;
		NEED(f->count);
		f->data = (char*)p;
		p += f->count;
		break;
	case Rwrite:
		NEED(4);
		f->count = GBIT32(p);
		p += 4;
		break;
	case Rstat:
		NEED(2);
		f->nstat = GBIT16(p);
		p += 2;
		NEED(f->nstat);
		f->stat = p;
		p += f->nstat;
		break;
	case Rflush: case Rclunk: case Rremove: case Rwstat:
		break;
	default:
		return 0;
	}
	return p == e ? size : 0;
}

uint
sizeD2M(Dir *d)
{
	return STATFIXLEN + strlen(d->name ? d->name : "") + strlen(d->uid ? d->uid : "")
		+ strlen(d->gid ? d->gid : "") + strlen(d->muid ? d->muid : "");
}

uint
convD2M(Dir *d, uchar *buf, uint nbuf)
{
	uchar *p;
	uint n;

	n = sizeD2M(d);
	if(nbuf < BIT16SZ)
		return 0;
	if(n > nbuf){
		PBIT16(buf, n - BIT16SZ);
		return BIT16SZ;
	}
	p = buf;
	PBIT16(p, n - BIT16SZ);
	PBIT16(p+2, d->type);
	PBIT32(p+4, d->dev);
	p = pqid(p+8, &d->qid);
	PBIT32(p, d->mode);
	PBIT32(p+4, d->atime);
	PBIT32(p+8, d->mtime);
	PBIT64(p+12, d->length);
	p += 20;
	p = pstring(p, d->name);
	p = pstring(p, d->uid);
	p = pstring(p, d->gid);
	p = pstring(p, d->muid);
	return p - buf;
}

int
statcheck(uchar *buf, uint nbuf)
{
	uchar *p, *e;
	int i;
	uint n;

	if(nbuf < STATFIXLEN || GBIT16(buf) != nbuf - BIT16SZ)
		return -1;
	p = buf + STATFIXLEN - 4*BIT16SZ;
	e = buf + nbuf;
	for(i = 0; i < 4; i++){
		if(e - p < BIT16SZ)
			return -1;
		n = GBIT16(p);
		p += BIT16SZ + n;
		if(p > e)
			return -1;
	}
	return p == e ? 0 : -1;
}

/* strs receives the four strings, NUL-terminated, and must hold nbuf bytes */
uint
convM2D(uchar *buf, uint nbuf, Dir *d, char *strs)
{
	uchar *p;
	char **sv[4];
	int i;
	uint n;

	if(statcheck(buf, nbuf) < 0)
		return 0;
	d->type = GBIT16(buf+2);
	d->dev = GBIT32(buf+4);
	p = buf + 8;
	gqid(&p, buf+nbuf, &d->qid);
	d->mode = GBIT32(p);
	d->atime = GBIT32(p+4);
	d->mtime = GBIT32(p+8);
	d->length = GBIT64(p+12);
	p += 20;
	sv[0] = &d->name; sv[1] = &d->uid; sv[2] = &d->gid; sv[3] = &d->muid;
	for(i = 0; i < 4; i++){
		n = GBIT16(p);
		p += BIT16SZ;
		memmove(strs, p, n);
		strs[n] = 0;
		*sv[i] = strs;
		strs += n + 1;
		p += n;
	}
	return p - buf;
}

/* one 9P message from fd into abuf: 0 at end of file, -1 on error */
int
read9pmsg(int fd, void *abuf, uint n)
{
	uchar *buf;
	long m;
	uint len;

	buf = abuf;
	m = readn(fd, buf, BIT32SZ);
	if(m != BIT32SZ){
		if(m < 0)
			return -1;
		return 0;
	}
	len = GBIT32(buf);
	if(len <= BIT32SZ || len > n){
		werrstr("bad length in 9P2000 message header");
		return -1;
	}
	len -= BIT32SZ;
	m = readn(fd, buf+BIT32SZ, len);
	if(m < (long)len)
		return 0;
	return BIT32SZ + m;
}
