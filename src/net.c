/*
 * llmfs on the network (-a): the calls, and the limits on them. One
 * proc does nothing but listen, so that the kernel's queue of incoming
 * calls (ten on 9front) empties as fast as calls come, and another
 * accepts each and starts its service. (lib9p's listensrv accepts,
 * reads the caller's address and forks a proc between one listen and
 * the next.) A call waits in a queue until the limits let it be
 * served: at most Maxsyswaiting of one system's may be served and not
 * yet attached, each for Attachsecs, so calls that never attach keep
 * out only their own system's.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>
#include "dat.h"
#include "fns.h"
#include "fs.h"

typedef struct Call Call;
struct Call {
	int	ctl;
	char	dir[NETPATHLEN];
};

/* a call accepted: queued, then served */
typedef struct Netconn Netconn;
struct Netconn {
	Srv	*srv;		/* nil: queued */
	int	fd;		/* the call's data */
	int	ctl;		/* and its ctl: hangup */
	char	*rsys;		/* the caller */
	long	since;		/* when it was served; 0 once attached or hung up */
	Netconn	*next;
};

static Srv	callsrv;	/* the file server as the network is served: authenticated unless -t */
static Channel	*calls;
static char	adir[NETPATHLEN];
static QLock	connlk;
static Netconn	*conns;		/* in the order they came */

static void
listenproc(void*)
{
	Call *c;

	threadsetname("listen");
	for(;;){
		c = emalloc9p(sizeof *c);
		if((c->ctl = listen(adir, c->dir)) < 0){
			fprint(2, "%s: listen %s: %r\n", argv0, adir);
			free(c);
			return;
		}
		sendp(calls, c);
	}
}

/* with connlk held: the calls served (from rsys if not nil) and, of those, not attached; queued ones */
static void
census(char *rsys, int *served, int *waiting, int *queued)
{
	Netconn *n;

	*served = *waiting = *queued = 0;
	for(n = conns; n != nil; n = n->next){
		if(rsys != nil && strcmp(n->rsys, rsys) != 0)
			continue;
		if(n->srv == nil)
			(*queued)++;
		else{
			(*served)++;
			*waiting += n->since != 0;
		}
	}
}

static void
srvfree(Srv *s)
{
	replyfree(s);
	close(s->infd);
	close(s->outfd);
	free(s);
}

/*
 * What a connection sends reaches its Srv through a pipe and a proc
 * that drops a Tflush of its own tag: 9front's lib9p (sflush, rflush)
 * parks such a flush on itself and never answers it, so the Srv, its
 * fids and their sessions would never go.
 */
typedef struct Filter Filter;
struct Filter {
	int	in;		/* the call's data */
	int	out;		/* the pipe's end that the Srv does not read */
	uint	msize;
};

static void
filterproc(void *v)
{
	Filter *f;
	uchar *buf;
	int n;

	f = v;
	threadsetname("filter");
	buf = emalloc9p(f->msize);
	while((n = read9pmsg(f->in, buf, f->msize)) > 0){
		if(n >= BIT32SZ+BIT8SZ+2*BIT16SZ && buf[BIT32SZ] == Tflush
		&& GBIT16(buf+BIT32SZ+BIT8SZ) == GBIT16(buf+BIT32SZ+BIT8SZ+BIT16SZ))
			continue;
		if(write(f->out, buf, n) != n)
			break;
	}
	close(f->out);	/* the Srv reads its end */
	free(buf);
	free(f);
}

static void	netend(Srv*);

static void
srvproc(void *v)
{
	threadsetname("srv");
	srv(v);
}

/* with connlk held: serve n; -1 if it cannot be */
static int
start(Netconn *n)
{
	Srv *s;

	Filter *f;
	int p[2];

	if(pipe(p) < 0)
		return -1;
	f = emalloc9p(sizeof *f);
	f->in = n->fd;
	f->out = p[1];
	f->msize = callsrv.msize != 0 ? callsrv.msize : 8192+IOHDRSZ;	/* as srv takes it */
	s = emalloc9p(sizeof *s);
	*s = callsrv;
	s->infd = p[0];
	s->outfd = n->fd;
	s->free = srvfree;
	s->end = netend;
	if(proccreate(filterproc, f, 16*1024) < 0){
		close(p[0]);
		close(p[1]);
		free(f);
		free(s);
		return -1;
	}
	n->srv = s;
	n->since = time(nil);
	if(proccreate(srvproc, s, 64*1024) < 0){
		n->srv = nil;
		close(p[0]);	/* the filter's write fails, and it goes */
		free(s);
		return -1;
	}
	return 0;
}

/* with connlk held: n out of the list, its call hung up unless it is served (its Srv closes fd) */
static void
drop(Netconn *n)
{
	Netconn **l;

	for(l = &conns; *l != nil; l = &(*l)->next)
		if(*l == n){
			*l = n->next;
			break;
		}
	if(n->srv == nil)
		close(n->fd);
	close(n->ctl);
	free(n->rsys);
	free(n);
}

/* with connlk held: serve the queued calls, in order, that the limits let be */
static void
startsome(void)
{
	Netconn *n, *next;
	int served, waiting, queued;

	for(n = conns; n != nil; n = next){
		next = n->next;
		if(n->srv != nil)
			continue;
		census(nil, &served, &waiting, &queued);
		if(served >= Maxconns)
			return;
		census(n->rsys, &served, &waiting, &queued);
		if(waiting < Maxsyswaiting && start(n) < 0){
			hangup(n->ctl);
			drop(n);
		}
	}
}

static Netconn*
lookconn(Srv *s)
{
	Netconn *n;

	for(n = conns; n != nil; n = n->next)
		if(n->srv == s)
			return n;
	return nil;
}

/* the network's connections served, of those not attached, and calls queued */
void
netcount(int *served, int *waiting, int *queued)
{
	qlock(&connlk);
	census(nil, served, waiting, queued);
	qunlock(&connlk);
}

/* a connection attached: it keeps its slot, and another may wait in its place */
void
netattached(Srv *s)
{
	Netconn *n;

	qlock(&connlk);
	if((n = lookconn(s)) != nil && n->since != 0){
		n->since = 0;
		startsome();
	}
	qunlock(&connlk);
}

/*
 * the slot is given back when the connection ends, not in srvfree,
 * which waits for every request to be answered: a parked read may wait
 * for a long generation
 */
static void
netend(Srv *s)
{
	Netconn *n;

	qlock(&connlk);
	if((n = lookconn(s)) != nil){
		hangup(n->ctl);	/* the filter's read ends too */
		drop(n);
		startsome();
	}
	qunlock(&connlk);
	callsrv.end(s);
}

/* hang up the connections that have not attached in time */
static void
watchproc(void*)
{
	Netconn *n, *next;
	long now;

	threadsetname("watch");
	for(;;){
		sleep(1000);
		now = time(nil);
		qlock(&connlk);
		for(n = conns; n != nil; n = next){
			next = n->next;
			if(n->srv != nil && n->since != 0 && now - n->since >= Attachsecs){
				n->since = 0;
				hangup(n->ctl);	/* its service ends, and netend drops it */
			}
		}
		startsome();
		qunlock(&connlk);
	}
}

/* the call c queued, and served when the limits let it be; hung up if too many of its system's are */
static void
serve(Call *c)
{
	NetConnInfo *nci;
	Netconn *n, **l;
	int served, waiting, queued;

	if((n = mallocz(sizeof *n, 1)) == nil || (n->fd = accept(c->ctl, c->dir)) < 0){
		fprint(2, "%s: accept %s: %r\n", argv0, c->dir);
		close(c->ctl);
		free(n);
		return;
	}
	n->ctl = c->ctl;
	nci = getnetconninfo(c->dir, n->fd);
	n->rsys = estrdup9p(nci != nil ? nci->rsys : "???");
	freenetconninfo(nci);
	qlock(&connlk);
	census(n->rsys, &served, &waiting, &queued);
	if(queued >= Maxsysqueued){
		qunlock(&connlk);
		close(n->fd);
		close(n->ctl);
		free(n->rsys);
		free(n);
		return;
	}
	for(l = &conns; *l != nil; l = &(*l)->next)
		;
	*l = n;
	startsome();
	qunlock(&connlk);
}

static void
acceptproc(void*)
{
	Call *c;

	threadsetname("accept");
	while((c = recvp(calls)) != nil){
		serve(c);
		free(c);
	}
}

/* serve fs on the network at addr: authenticated through factotum unless trusted */
void
announcefs(Srv *fs, char *addr, int trusted)
{
	if(announce(addr, adir) < 0)
		sysfatal("announce %s: %r", addr);
	callsrv = *fs;
	if(!trusted){
		/* a network's clients authenticate, through factotum, as 9front's file servers' do */
		callsrv.auth = auth9p;
		if(access("/mnt/factotum/rpc", AEXIST) < 0)
			fprint(2, "%s: no factotum: clients on %s cannot authenticate; -t serves a trusted network without\n", argv0, addr);
	}
	calls = chancreate(sizeof(Call*), 64);
	if(proccreate(acceptproc, nil, 16*1024) < 0 || proccreate(listenproc, nil, 16*1024) < 0
	|| proccreate(watchproc, nil, 16*1024) < 0)
		sysfatal("proccreate: %r");
}
