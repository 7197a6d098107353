/*
 * Host layer: the subset of 9front's <libc.h> that 9ml uses,
 * with 9front's prototypes (see libc.h, print(2), open(2), ...).
 * Names that clash with glibc's are renamed to p9name by macro,
 * as plan9port does; test/host/ implements them.
 */
#pragma GCC diagnostic ignored "-Wunknown-pragmas"

#define	nelem(x)	(sizeof(x)/sizeof((x)[0]))
#define	offsetof(s, m)	(ulong)(&(((s*)0)->m))
#define	assert(x)	if(x){}else _assert(#x)

/* mem and string routines: same semantics as ANSI C, Plan 9 types */
#define	memset(a, c, n)		__builtin_memset((a), (c), (n))
#define	memcpy(a, b, n)		__builtin_memcpy((a), (b), (n))
#define	memmove(a, b, n)	__builtin_memmove((a), (b), (n))
#define	memcmp(a, b, n)		__builtin_memcmp((a), (b), (n))
#define	memchr			p9memchr
#define	strcat			p9strcat
#define	strchr			p9strchr
#define	strcmp			p9strcmp
#define	strcpy			p9strcpy
#define	strdup			p9strdup
#define	strncpy			p9strncpy
#define	strncmp			p9strncmp
#define	strrchr			p9strrchr
#define	strstr			p9strstr
#define	strlen			p9strlen
#define	strspn			p9strspn
#define	strcspn			p9strcspn
#define	strpbrk			p9strpbrk
extern	void*	memchr(void*, int, usize);
extern	char*	strcat(char*, char*);
extern	char*	strchr(char*, int);
extern	int	strcmp(char*, char*);
extern	char*	strcpy(char*, char*);
extern	char*	strecpy(char*, char*, char*);
extern	char*	strdup(char*);
extern	char*	strncpy(char*, char*, long);
extern	int	strncmp(char*, char*, long);
extern	char*	strrchr(char*, int);
extern	char*	strstr(char*, char*);
extern	long	strlen(char*);
extern	long	strspn(char*, char*);
extern	long	strcspn(char*, char*);
extern	char*	strpbrk(char*, char*);
extern	int	cistrcmp(char*, char*);
extern	int	cistrncmp(char*, char*, int);
extern	int	tokenize(char*, char**, int);

enum
{
	UTFmax		= 4,
	Runesync	= 0x80,
	Runeself	= 0x80,
	Runeerror	= 0xFFFD,
	Runemax		= 0x10FFFF,
};

extern	int	runetochar(char*, Rune*);
extern	int	chartorune(Rune*, char*);
extern	int	runelen(long);
extern	int	fullrune(char*, int);
extern	int	utflen(char*);
extern	char*	utfecpy(char*, char*, char*);
extern	char*	utfrune(char*, long);

/* malloc */
#define	malloc			p9malloc
#define	free			p9free
#define	realloc			p9realloc
#define	calloc			p9calloc
extern	void*	malloc(ulong);
extern	void*	mallocz(ulong, int);
extern	void*	mallocalign(ulong, ulong, long, ulong);
extern	void	free(void*);
extern	void*	calloc(ulong, ulong);
extern	void*	realloc(void*, ulong);
extern	void	setmalloctag(void*, uintptr);

/* print routines */
typedef struct Fmt	Fmt;
struct Fmt{
	uchar	runes;
	void	*start;
	void	*to;
	void	*stop;
	int	(*flush)(Fmt *);
	void	*farg;
	int	nfmt;
	va_list	args;
	int	r;
	int	width;
	int	prec;
	ulong	flags;
};

enum{
	FmtWidth	= 1,
	FmtLeft		= FmtWidth << 1,
	FmtPrec		= FmtLeft << 1,
	FmtSharp	= FmtPrec << 1,
	FmtSpace	= FmtSharp << 1,
	FmtSign		= FmtSpace << 1,
	FmtZero		= FmtSign << 1,
	FmtUnsigned	= FmtZero << 1,
	FmtShort	= FmtUnsigned << 1,
	FmtLong		= FmtShort << 1,
	FmtVLong	= FmtLong << 1,
	FmtComma	= FmtVLong << 1,
	FmtByte		= FmtComma << 1,

	FmtFlag		= FmtByte << 1
};

#define	print			p9print
#define	sprint			p9sprint
#define	snprint			p9snprint
extern	int	print(char*, ...);
extern	char*	seprint(char*, char*, char*, ...);
extern	char*	vseprint(char*, char*, char*, va_list);
extern	int	snprint(char*, int, char*, ...);
extern	int	vsnprint(char*, int, char*, va_list);
extern	char*	smprint(char*, ...);
extern	char*	vsmprint(char*, va_list);
extern	int	sprint(char*, char*, ...);
extern	int	fprint(int, char*, ...);
extern	int	vfprint(int, char*, va_list);

extern	int	fmtfdinit(Fmt*, int, char*, int);
extern	int	fmtfdflush(Fmt*);
extern	int	fmtstrinit(Fmt*);
extern	char*	fmtstrflush(Fmt*);
extern	int	fmtinstall(int, int (*)(Fmt*));
extern	int	dofmt(Fmt*, char*);
extern	int	fmtprint(Fmt*, char*, ...);
extern	int	fmtvprint(Fmt*, char*, va_list);
extern	int	fmtrune(Fmt*, int);
extern	int	fmtstrcpy(Fmt*, char*);
extern	int	fmtrunestrcpy(Fmt*, Rune*);
extern	int	quotestrfmt(Fmt*);
extern	void	quotefmtinstall(void);
extern	int	(*doquote)(int);
extern	int	needsrcquote(int);

/* math */
extern	ulong	getfcr(void);
extern	void	setfcr(ulong);
extern	ulong	getfsr(void);
extern	void	setfsr(ulong);
extern	double	NaN(void);
extern	double	Inf(int);
extern	int	isNaN(double);
extern	int	isInf(double, int);
extern	double	pow(double, double);
extern	double	atan2(double, double);
extern	double	fabs(double);
extern	double	log(double);
extern	double	exp(double);
extern	double	floor(double);
extern	double	ceil(double);
extern	double	sin(double);
extern	double	cos(double);
extern	double	tanh(double);
extern	double	sqrt(double);
extern	double	fmod(double, double);
extern	double	frexp(double, int*);
extern	double	ldexp(double, int);
extern	double	modf(double, double*);

#define	HUGE	3.4028234e38
#define	PIO2	1.570796326794896619231e0
#define	PI	(PIO2+PIO2)

/* time */
#define	time			p9time
extern	long	time(long*);
extern	vlong	nsec(void);

/* one-of-a-kind */
#define	main			p9main
#define	abort			p9abort
#define	abs			p9abs
#define	atoi			p9atoi
#define	atol			p9atol
#define	atoll			p9atoll
#define	atof			p9atof
#define	getenv			p9getenv
#define	putenv			p9putenv
#define	qsort			p9qsort
#define	strtod			p9strtod
#define	strtol			p9strtol
#define	strtoul			p9strtoul
#define	strtoll			p9strtoll
#define	strtoull		p9strtoull
#define	tolower			p9tolower
#define	toupper			p9toupper
extern	void	_assert(char*);
extern	void	abort(void);
extern	int	abs(int);
extern	double	atof(char*);
extern	int	atoi(char*);
extern	long	atol(char*);
extern	vlong	atoll(char*);
extern	char*	cleanname(char*);
extern	void	exits(char*);
extern	void	_exits(char*);
extern	char*	getenv(char*);
extern	int	getfields(char*, char**, int, int, char*);
extern	int	putenv(char*, char*);
extern	int	postnote(int, int, char*);
extern	char*	getuser(void);
extern	char*	getwd(char*, int);
extern	void	qsort(void*, usize, usize, int (*)(void*, void*));
extern	double	strtod(char*, char**);
extern	long	strtol(char*, char**, int);
extern	ulong	strtoul(char*, char**, int);
extern	vlong	strtoll(char*, char**, int);
extern	uvlong	strtoull(char*, char**, int);
extern	void	sysfatal(char*, ...);
extern	int	tolower(int);
extern	int	toupper(int);

enum
{
	PNPROC		= 1,
	PNGROUP		= 2,
};

/* synchronization (libc side; libthread supplies the waiting) */
typedef struct QLp QLp;
typedef
struct Lock {
	int	val;
} Lock;

typedef
struct QLock
{
	Lock	lock;
	int	locked;
	void	*host;		/* host layer: the pthread mutex */
} QLock;

typedef
struct Rendez
{
	QLock	*l;
	void	*host;		/* host layer: the pthread condition */
} Rendez;

extern	void	lock(Lock*);
extern	void	unlock(Lock*);
extern	int	canlock(Lock*);
extern	void	qlock(QLock*);
extern	void	qunlock(QLock*);
extern	int	canqlock(QLock*);
extern	void	rsleep(Rendez*);
extern	int	rwakeup(Rendez*);
extern	int	rwakeupall(Rendez*);

/* system calls */
#define	STATMAX	65535U
#define	DIRMAX	(sizeof(Dir)+STATMAX)
#define	ERRMAX	128

#define	MREPL	0x0000
#define	MBEFORE	0x0001
#define	MAFTER	0x0002
#define	MCREATE	0x0004
#define	MCACHE	0x0010

#define	OREAD	0
#define	OWRITE	1
#define	ORDWR	2
#define	OEXEC	3
#define	OTRUNC	16
#define	OCEXEC	32
#define	ORCLOSE	64
#define	OEXCL	0x1000

#define	AEXIST	0
#define	AEXEC	1
#define	AWRITE	2
#define	AREAD	4

#define	QTDIR		0x80
#define	QTAPPEND	0x40
#define	QTEXCL		0x20
#define	QTMOUNT		0x10
#define	QTAUTH		0x08
#define	QTTMP		0x04
#define	QTFILE		0x00

#define	DMDIR		0x80000000
#define	DMAPPEND	0x40000000
#define	DMEXCL		0x20000000
#define	DMMOUNT		0x10000000
#define	DMAUTH		0x08000000
#define	DMTMP		0x04000000
#define	DMREAD		0x4
#define	DMWRITE		0x2
#define	DMEXEC		0x1

typedef
struct Qid
{
	uvlong	path;
	ulong	vers;
	uchar	type;
} Qid;

typedef
struct Dir {
	ushort	type;
	uint	dev;
	Qid	qid;
	ulong	mode;
	ulong	atime;
	ulong	mtime;
	vlong	length;
	char	*name;
	char	*uid;
	char	*gid;
	char	*muid;
} Dir;

typedef
struct Waitmsg
{
	int	pid;
	ulong	time[3];
	char	*msg;
} Waitmsg;

#define	open			p9open
#define	create			p9create
#define	close			p9close
#define	read			p9read
#define	write			p9write
#define	pread			p9pread
#define	pwrite			p9pwrite
#define	remove			p9remove
#define	dup			p9dup
#define	pipe			p9pipe
#define	fork			p9fork
#define	exec			p9exec
#define	wait			p9wait
#define	sleep			p9sleep
#define	access			p9access
#define	chdir			p9chdir
#define	getpid			p9getpid
extern	int	access(char*, int);
extern	int	chdir(char*);
extern	int	close(int);
extern	int	create(char*, int, ulong);
extern	int	dup(int, int);
extern	int	errstr(char*, uint);
extern	int	exec(char*, char*[]);
extern	int	fork(void);
extern	int	open(char*, int);
extern	int	pipe(int*);
extern	long	pread(int, void*, long, vlong);
extern	long	pwrite(int, void*, long, vlong);
extern	long	read(int, void*, long);
extern	long	readn(int, void*, long);
extern	int	remove(char*);
extern	vlong	seek(int, vlong, int);
extern	int	sleep(long);
extern	Waitmsg*	wait(void);
extern	long	write(int, void*, long);
extern	Dir*	dirstat(char*);
extern	Dir*	dirfstat(int);
extern	long	dirreadall(int, Dir**);
extern	int	dirwstat(char*, Dir*);
extern	void	nulldir(Dir*);
extern	int	getpid(void);
extern	void	rerrstr(char*, uint);
extern	void	werrstr(char*, ...);

/* network dialing: tcp!host!port, and on the host unix!path */
extern	int	dial(char*, char*, char*, int*);
extern	int	hangup(int);

typedef struct NetConnInfo NetConnInfo;
struct NetConnInfo
{
	char	*dir;		/* connection directory */
	char	*root;		/* network root */
	char	*spec;		/* binding spec */
	char	*lsys;		/* local system */
	char	*lserv;		/* local service */
	char	*rsys;		/* remote system */
	char	*rserv;		/* remote service */
	char	*laddr;		/* local address */
	char	*raddr;		/* remote address */
};
extern	NetConnInfo*	getnetconninfo(char*, int);
extern	void		freenetconninfo(NetConnInfo*);

extern	long	ainc(long*);
extern	long	adec(long*);

extern char *argv0;
#define	ARGBEGIN	for((void)(argv0||(argv0=*argv)),argv++,argc--;\
			    argv[0] && argv[0][0]=='-' && argv[0][1];\
			    argc--, argv++) {\
				char *_args, *_argt;\
				Rune _argc;\
				_args = &argv[0][1];\
				if(_args[0]=='-' && _args[1]==0){\
					argc--; argv++; break;\
				}\
				_argc = 0;\
				while(*_args && (_args += chartorune(&_argc, _args)))\
				switch(_argc)
#define	ARGEND		SET(_argt);USED(_argt,_argc,_args);}USED(argv, argc);
#define	ARGF()		(_argt=_args, _args="",\
				(*_argt? _argt: argv[1]? (argc--, *++argv): 0))
#define	EARGF(x)	(_argt=_args, _args="",\
				(*_argt? _argt: argv[1]? (argc--, *++argv): ((x), abort(), (char*)0)))
#define	ARGC()		_argc
