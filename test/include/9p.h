/*
 * Host layer: the subset of 9front's <9p.h> (9p(2)) that llmfs uses:
 * the service loop with walk1/clone walks, Fids and Reqs, respond,
 * readstr/readbuf/dirread9p, parsecmd, posting and listening, and
 * (libc's on 9front) announce, listen and accept.
 * test/host/lib9p.c implements it. File trees are not provided.
 */
typedef struct Fid	Fid;
typedef struct Req	Req;
typedef struct Fidpool	Fidpool;
typedef struct Reqpool	Reqpool;
typedef struct File	File;
typedef struct Srv	Srv;

struct Fid
{
	ulong	fid;
	char	omode;		/* -1 = not open */
	File	*file;
	char	*uid;
	Qid	qid;
	void	*aux;

/* below is implementation-specific; don't use */
	Ref	ref;
	Fidpool	*pool;
	vlong	diroffset;
	long	dirindex;
};

struct Req
{
	ulong	tag;
	void	*aux;
	Fcall	ifcall;
	Fcall	ofcall;
	Dir	d;
	Req	*oldreq;
	Fid	*fid;
	Fid	*afid;
	Fid	*newfid;
	Srv	*srv;

/* below is implementation-specific; don't use */
	QLock	lk;
	Ref	ref;
	Reqpool	*pool;
	uchar	*buf;
	uchar	type;
	uchar	responded;
	char	*error;
	void	*rbuf;
	Req	**flush;
	int	nflush;
};

typedef	int	Dirgen(int, Dir*, void*);
void	dirread9p(Req*, Dirgen*, void*);

typedef struct Cmdbuf Cmdbuf;
typedef struct Cmdtab Cmdtab;
Cmdbuf*	parsecmd(char *a, int n);
void	respondcmderror(Req*, Cmdbuf*, char*, ...);
Cmdtab*	lookupcmd(Cmdbuf*, Cmdtab*, int);
struct Cmdbuf
{
	char	*buf;
	char	**f;
	int	nf;
};

struct Cmdtab
{
	int	index;
	char	*cmd;
	int	narg;
};

struct Srv {
	void	*tree;
	void	(*destroyfid)(Fid*);
	void	(*destroyreq)(Req*);
	void	(*start)(Srv*);
	void	(*end)(Srv*);
	void	*aux;

	void	(*attach)(Req*);
	void	(*auth)(Req*);
	void	(*open)(Req*);
	void	(*create)(Req*);
	void	(*read)(Req*);
	void	(*write)(Req*);
	void	(*remove)(Req*);
	void	(*flush)(Req*);
	void	(*stat)(Req*);
	void	(*wstat)(Req*);
	void	(*walk)(Req*);
	char*	(*clone)(Fid*, Fid*);
	char*	(*walk1)(Fid*, char*, Qid*);

	int	infd;
	int	outfd;
	int	nopipe;
	int	srvfd;
	int	leavefdsopen;
	char	*keyspec;

/* below is implementation-specific; don't use */
	Fidpool	*fpool;
	Reqpool	*rpool;
	uint	msize;
	uchar	*rbuf;
	QLock	rlock;
	uchar	*wbuf;
	QLock	wlock;
	char	*addr;
	QLock	slock;
	Ref	sref;	/* the service loop and the requests in flight: the Srv goes at 0 */
	Ref	rref;	/* requests in flight */

	void	(*free)(Srv*);
};

void	srv(Srv*);
void	postmountsrv(Srv*, char*, char*, int);
void	listensrv(Srv*, char*);
void	threadpostmountsrv(Srv*, char*, char*, int);
void	threadlistensrv(Srv *s, char *addr);
extern	int	chatty9p;
void	respond(Req*, char*);
void	responderror(Req*);
void*	emalloc9p(ulong);
void*	erealloc9p(void*, ulong);
char*	estrdup9p(char*);

enum {
	OMASK = 3
};

void	readstr(Req*, char*);
void	readbuf(Req*, void*, long);
void	walkandclone(Req*, char*(*walk1)(Fid*,char*,void*), char*(*clone)(Fid*,Fid*,void*), void*);
void	srvacquire(Srv *);
void	srvrelease(Srv *);

/* authentication (test/host/auth.c: a host without factotum) */
void	auth9p(Req*);
void	authread(Req*);
void	authwrite(Req*);
void	authdestroy(Fid*);
int	authattach(Req*);

/*
 * announce, listen and accept are libc's on 9front (dial(2)); here
 * beside dial's host version, and renamed away from the socket calls
 */
#ifndef NETPATHLEN
#define	NETPATHLEN	40
#endif
#define	listen	p9listen
#define	accept	p9accept
int	announce(char*, char*);
int	listen(char*, char*);
int	accept(int, char*);
