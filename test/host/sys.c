/*
 * System calls and process control for the host, with 9front's
 * semantics: error strings instead of errno, exits(string),
 * create truncating, seek returning the new offset, wait
 * returning a Waitmsg.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <signal.h>
#include <time.h>
#include <sched.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <dirent.h>
#include <u.h>
#include <libc.h>
#include "host.h"

static __thread char errbuf[ERRMAX];
char *argv0;

int
errstr(char *buf, uint n)
{
	char tmp[ERRMAX];

	if(n > ERRMAX)
		n = ERRMAX;
	snprintf(tmp, sizeof tmp, "%s", errbuf);
	snprintf(errbuf, sizeof errbuf, "%s", buf);
	snprintf(buf, n, "%s", tmp);
	return 0;
}

void
rerrstr(char *buf, uint n)
{
	snprintf(buf, n, "%s", errbuf);
}

void
werrstr(char *fmt, ...)
{
	va_list args;
	char buf[ERRMAX];

	va_start(args, fmt);
	vsnprint(buf, sizeof buf, fmt, args);
	va_end(args);
	snprintf(errbuf, sizeof errbuf, "%s", buf);
}

/*
 * Errors as 9front's kernel and its file server (cwfs, the installer's
 * default) word them. The kernel's namec adds the name to an error it
 * meets while walking or opening (port/chan.c:/^namelenerror: "%s: %#q",
 * the name up to the element that failed); errors of remove, stat and
 * wstat proper come after namec and have no name.
 */
enum {
	Oopen,		/* open, exec, access, chdir: namec walks every element */
	Ocreate,	/* namec walks all but the last */
	Ostat,		/* stat, remove, wstat: the error after the walk has no name */
	Maxwelem	= 16,
};

static char Enonexist[] = "file does not exist";
static char Enotdir[] = "not a directory";
static char Eentry[] = "directory entry not found";	/* cwfs, for the first element of a walk */
static char Eaccess[] = "access permission denied";	/* cwfs */

static char*
errnostr(int e)
{
	switch(e){
	case ENOENT: return Enonexist;
	case ENOTDIR: return Enotdir;
	case EACCES: case EPERM: case EISDIR: return Eaccess;
	case EEXIST: return "file already exists";
	case ENOTEMPTY: return "remove -- directory not empty";
	case EROFS: return "file system read only";
	case ENOSPC: return "file system full";
	case EBADF: return "fd out of range or not open";
	case EPIPE: return "i/o on hungup channel";
	case EINTR: return "interrupted";
	case ENOMEM: return "no memory";
	default: return strerror(e);
	}
}

void
oserror(char *name)
{
	char *s;

	s = errnostr(errno);
	if(name != nil)
		namedmsg(errbuf, sizeof errbuf, s, name, 1);
	else
		snprintf(errbuf, sizeof errbuf, "%s", s);
}

/* runes whose bytes all lie in the first n bytes of s */
static int
utfnlen(char *s, long n)
{
	char *e;
	Rune r;
	int m;

	e = s + n;
	for(m = 0; s < e && *s; m++){
		if((uchar)*s < Runeself)
			s++;
		else if(fullrune(s, e - s))
			s += chartorune(&r, s);
		else
			break;
	}
	return m;
}

/* port/chan.c:/^namelenerror: err with the first len bytes of name, or with their tail when long */
static void
namelenerror(char *name, int len, char *err)
{
	char gen[128], *e, *s, *next;
	int elen, i;

	elen = strlen(err);
	if(len < ERRMAX/3 || len + elen < 2*ERRMAX/3)
		p9snprint(gen, sizeof gen, "%.*s", utfnlen(name, len), name);
	else{
		e = name + len;
		next = e;
		do{
			s = next;
			if(next == name)
				break;
			while(next > name)
				if(*--next == '/')
					break;
			len = e - next;
		}while(len < ERRMAX/3 || len + elen < 2*ERRMAX/3);
		if(s == e){
			s = e - ERRMAX/4;
			for(i = 0; (*s & 0xC0) == 0x80 && i < UTFmax; i++)
				s++;
		}
		p9snprint(gen, sizeof gen, "...%.*s", utfnlen(s, e - s), s);
	}
	namedmsg(errbuf, sizeof errbuf, err, gen, 1);
}

static char*
skipslash(char *s)
{
	while(s[0] == '/' || (s[0] == '.' && (s[1] == 0 || s[1] == '/')))
		s++;
	return s;
}

/*
 * Walk the first nwalk elements of name as namec does; at the first that
 * fails say why (a missing element that starts a walk message is the file
 * server's error, one after it the kernel's) and return how much of name
 * the error shows; 0 if every element walks.
 */
static int
walkerror(char *name, int nwalk, char **err)
{
	struct stat st;
	char *t, *p, *q, c;
	int k, n, first, dotdot, inbatch;

	t = strdup(name);
	if(t == nil)
		return 0;
	n = 0;
	inbatch = 0;
	p = skipslash(t);
	for(k = 0; k < nwalk && *p != 0; k++){
		for(q = p; *q != 0 && *q != '/'; q++)
			;
		dotdot = q - p == 2 && p[0] == '.' && p[1] == '.';
		first = inbatch == 0 || dotdot;
		c = *q;
		*q = 0;
		if(stat(t, &st) < 0){
			if(errno == EACCES)
				*err = first ? Eaccess : Enonexist;
			else
				*err = first ? Eentry : Enonexist;
			n = q - t;
			break;
		}
		*q = c;
		p = skipslash(q);
		if(!S_ISDIR(st.st_mode) && ((k+1 < nwalk && *p != 0) || (*p == 0 && c != 0))){
			/* a file with more to walk, or with a trailing slash (namec's mustbedir) */
			*err = Enotdir;
			n = *p != 0 ? q - t : strlen(name);
			break;
		}
		inbatch = dotdot ? 0 : (inbatch+1) % Maxwelem;
	}
	free(t);
	return n;
}

/* the system's error for op on name, as 9front would have it */
static void
fileerror(char *name, int op)
{
	char *err;
	int e, n, nelem;
	char *p;

	e = errno;
	if(e == ENOENT || e == ENOTDIR){
		nelem = 0;
		for(p = skipslash(name); *p != 0; p = skipslash(p)){
			nelem++;
			while(*p != 0 && *p != '/')
				p++;
		}
		n = walkerror(name, op == Ocreate ? nelem-1 : nelem, &err);
		if(n > 0){
			namelenerror(name, n, err);
			return;
		}
		if(e == ENOTDIR && op == Ocreate){
			namelenerror(name, strlen(name), "create -- in a non-directory");
			return;
		}
	}
	errno = e;
	if(op == Ostat && e != ENOENT && e != ENOTDIR)
		oserror(nil);
	else
		namelenerror(name, strlen(name), errnostr(e));
}

static int
oflags(int mode)
{
	int f;

	switch(mode & 3){
	case OREAD: case OEXEC: f = O_RDONLY; break;
	case OWRITE: f = O_WRONLY; break;
	default: f = O_RDWR; break;
	}
	if(mode & OTRUNC)
		f |= O_TRUNC;
	if(mode & OCEXEC)
		f |= O_CLOEXEC;
	return f;
}

/* /dev/sysstat: one line per processor, as 9front's kernel gives it */
static int
sysstat(void)
{
	char line[128];
	int p[2], i, n;
	long ncpu;

	if(pipe(p) < 0){
		oserror(nil);
		return -1;
	}
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	for(i = 0; i < ncpu && i < 256; i++){
		n = snprintf(line, sizeof line, "%11d %11d %11d %11d %11d %11d %11d %11d %11d %11d\n", i, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		if(write(p[1], line, n) != n)
			break;
	}
	close(p[1]);
	return p[0];
}

/* /dev/swap: the machine's memory and page size first, as 9front's devcons words them */
static int
swapfile(void)
{
	char buf[256];
	int p[2], n;
	long pg;

	if(pipe(p) < 0){
		oserror(nil);
		return -1;
	}
	pg = sysconf(_SC_PAGESIZE);
	n = snprintf(buf, sizeof buf, "%llu memory\n%llu pagesize\n",
		(unsigned long long)sysconf(_SC_PHYS_PAGES) * pg, (unsigned long long)pg);
	if(write(p[1], buf, n) != n){
		close(p[1]);
		close(p[0]);
		oserror(nil);
		return -1;
	}
	close(p[1]);
	return p[0];
}

int
p9open(char *name, int mode)
{
	int fd;

	if(strcmp(name, "/dev/sysstat") == 0 && (mode & 3) == OREAD)
		return sysstat();
	if(strcmp(name, "/dev/swap") == 0 && (mode & 3) == OREAD)
		return swapfile();
	fd = open(name, oflags(mode));
	if(fd < 0)
		fileerror(name, Oopen);
	return fd;
}

int
p9create(char *name, int mode, ulong perm)
{
	int fd;

	if(perm & DMDIR){
		if(mkdir(name, perm & 0777) < 0){
			fileerror(name, Ocreate);
			return -1;
		}
		return p9open(name, OREAD);
	}
	fd = open(name, oflags(mode)|O_CREAT|O_TRUNC|((mode & OEXCL) ? O_EXCL : 0), perm & 0777);
	if(fd < 0)
		fileerror(name, Ocreate);
	return fd;
}

int
p9close(int fd)
{
	if(close(fd) < 0){
		oserror(nil);
		return -1;
	}
	return 0;
}

long
p9read(int fd, void *buf, long n)
{
	ssize_t r;

	do
		r = read(fd, buf, n);
	while(r < 0 && errno == EINTR);
	if(r < 0)
		oserror(nil);
	return r;
}

long
readn(int fd, void *buf, long n)
{
	long r, m;

	for(m = 0; m < n; m += r){
		r = p9read(fd, (char*)buf + m, n - m);
		if(r < 0)
			return m > 0 ? m : -1;
		if(r == 0)
			break;
	}
	return m;
}

long
p9pread(int fd, void *buf, long n, vlong off)
{
	ssize_t r;

	if(off == -1)
		return p9read(fd, buf, n);
	r = pread(fd, buf, n, off);
	if(r < 0)
		oserror(nil);
	return r;
}

long
p9write(int fd, void *buf, long n)
{
	ssize_t r;
	long m;

	for(m = 0; m < n; m += r){
		r = write(fd, (char*)buf + m, n - m);
		if(r < 0){
			if(errno == EINTR){
				r = 0;
				continue;
			}
			oserror(nil);
			return m > 0 ? m : -1;
		}
	}
	return m;
}

long
p9pwrite(int fd, void *buf, long n, vlong off)
{
	ssize_t r;

	if(off == -1)
		return p9write(fd, buf, n);
	r = pwrite(fd, buf, n, off);
	if(r < 0)
		oserror(nil);
	return r;
}

vlong
seek(int fd, vlong off, int type)
{
	off_t r;

	r = lseek(fd, off, type == 0 ? SEEK_SET : type == 1 ? SEEK_CUR : SEEK_END);
	if(r < 0)
		oserror(nil);
	return r;
}

int
p9remove(char *name)
{
	if(remove(name) < 0){
		fileerror(name, Ostat);
		return -1;
	}
	return 0;
}

int
p9dup(int old, int new)
{
	int r;

	r = new < 0 ? dup(old) : dup2(old, new);
	if(r < 0)
		oserror(nil);
	return r;
}

int
p9pipe(int *fd)
{
	if(pipe(fd) < 0){
		oserror(nil);
		return -1;
	}
	return 0;
}

int
p9fork(void)
{
	int pid;

	pid = fork();
	if(pid < 0)
		oserror(nil);
	return pid;
}

int
p9exec(char *name, char *argv[])
{
	execv(name, argv);
	fileerror(name, Oopen);
	return -1;
}

/* the status string is lost on the host: exit codes stand in for it */
Waitmsg*
p9wait(void)
{
	Waitmsg *w;
	int pid, st;
	char buf[64];

	do
		pid = waitpid(-1, &st, 0);
	while(pid < 0 && errno == EINTR);
	if(pid < 0){
		oserror(nil);
		return nil;
	}
	buf[0] = 0;
	if(WIFEXITED(st) && WEXITSTATUS(st) != 0)
		snprintf(buf, sizeof buf, "exit %d", WEXITSTATUS(st));
	else if(WIFSIGNALED(st))
		snprintf(buf, sizeof buf, "sys: signal %d", WTERMSIG(st));
	w = malloc(sizeof *w + strlen(buf) + 1);
	if(w == nil)
		return nil;
	memset(w, 0, sizeof *w);
	w->pid = pid;
	w->msg = (char*)(w+1);
	strcpy(w->msg, buf);
	return w;
}

/* sleep(0) gives up the processor, as 9front's does; Linux's nanosleep(0) would sleep its timer slack (50 µs) */
int
p9sleep(long ms)
{
	struct timespec ts;

	if(ms <= 0){
		sched_yield();
		return 0;
	}
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000;
	while(nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
	return 0;
}

int
p9access(char *name, int mode)
{
	int m;

	m = 0;
	if(mode & AREAD) m |= R_OK;
	if(mode & AWRITE) m |= W_OK;
	if(mode & AEXEC) m |= X_OK;
	/* 9front's access stats the file for AEXIST, otherwise opens it */
	if(access(name, m == 0 ? F_OK : m) < 0){
		fileerror(name, m == 0 ? Ostat : Oopen);
		return -1;
	}
	return 0;
}

int
p9chdir(char *dir)
{
	if(chdir(dir) < 0){
		fileerror(dir, Oopen);
		return -1;
	}
	return 0;
}

int
p9getpid(void)
{
	return getpid();
}

char*
getwd(char *buf, int n)
{
	if(getcwd(buf, n) == nil){
		oserror(nil);
		return nil;
	}
	return buf;
}

char*
getuser(void)
{
	static char user[64];
	struct passwd *pw;
	char *s;

	if(user[0] == 0){
		s = getenv("USER");
		if(s == nil && (pw = getpwuid(getuid())) != nil)
			s = pw->pw_name;
		snprintf(user, sizeof user, "%s", s ? s : "none");
	}
	return user;
}

static Dir*
statdir(struct stat *st, char *name)
{
	Dir *d;
	char *s, *base, *uid;
	int n;

	base = strrchr(name, '/');
	base = (base && base[1]) ? base+1 : name;
	uid = getuser();
	n = strlen(base) + 1 + 3*(strlen(uid) + 1);
	d = malloc(sizeof *d + n);
	if(d == nil){
		werrstr("no memory");
		return nil;
	}
	memset(d, 0, sizeof *d);
	s = (char*)(d+1);
	d->name = strcpy(s, base); s += strlen(s) + 1;
	d->uid = strcpy(s, uid); s += strlen(s) + 1;
	d->gid = strcpy(s, uid); s += strlen(s) + 1;
	d->muid = strcpy(s, uid);
	d->qid.path = st->st_ino;
	d->qid.vers = st->st_mtime;
	d->mode = st->st_mode & 0777;
	/* 9front's device type: 'M' for a file server's files, '|' for pipes; devices have their own letters */
	d->type = S_ISREG(st->st_mode) || S_ISDIR(st->st_mode) ? 'M' : S_ISFIFO(st->st_mode) ? '|' : 'c';
	if(S_ISDIR(st->st_mode)){
		d->mode |= DMDIR;
		d->qid.type = QTDIR;
	}
	d->atime = st->st_atime;
	d->mtime = st->st_mtime;
	d->length = S_ISDIR(st->st_mode) ? 0 : st->st_size;
	d->dev = st->st_dev;
	return d;
}

Dir*
dirstat(char *name)
{
	struct stat st;

	if(stat(name, &st) < 0){
		fileerror(name, Ostat);
		return nil;
	}
	return statdir(&st, name);
}

Dir*
dirfstat(int fd)
{
	struct stat st;
	char name[64];

	if(fstat(fd, &st) < 0){
		oserror(nil);
		return nil;
	}
	snprintf(name, sizeof name, "fd%d", fd);
	return statdir(&st, name);
}

void
nulldir(Dir *d)
{
	memset(d, ~0, sizeof *d);
	d->name = d->uid = d->gid = d->muid = "";
}

vlong
nsec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (vlong)ts.tv_sec*1000000000LL + ts.tv_nsec;
}

long
p9time(long *tp)
{
	long t;

	t = nsec() / 1000000000LL;
	if(tp)
		*tp = t;
	return t;
}

void (*p9exitshook)(char*);

/* exits: nil or "" is success; any other status string fails. With libthread, only the calling proc ends. */
void
exits(char *s)
{
	if(p9exitshook != nil)
		p9exitshook(s);
	exit(s == nil || *s == 0 ? 0 : 1);
}

void
_exits(char *s)
{
	_exit(s == nil || *s == 0 ? 0 : 1);
}

void
p9abort(void)
{
	abort();
}

void
sysfatal(char *fmt, ...)
{
	char buf[256];
	va_list args;

	va_start(args, fmt);
	vseprint(buf, buf+sizeof buf, fmt, args);
	va_end(args);
	fprint(2, "%s: %s\n", argv0 ? argv0 : "<prog>", buf);
	if(p9exitshook != nil)	/* libthread's sysfatal ends every proc */
		exit(1);
	exits(buf);
}

void
_assert(char *s)
{
	fprint(2, "assert failed: %s\n", s);
	abort();
}

char*
p9getenv(char *name)
{
	char *s;

	s = getenv(name);
	return s ? strdup(s) : nil;
}

void
p9used(int x, ...)
{
	(void)x;
}


/* wstat: only renaming within the directory, mode and length are supported */
int
dirwstat(char *name, Dir *d)
{
	char *slash, *to;
	struct stat st;
	int r;

	/* the kernel checks the new name before it walks (port/sysfile.c:/^validstat) */
	if(d->name != nil && strchr(d->name, '/') != nil){
		namedmsg(errbuf, sizeof errbuf, "bad character in file name", d->name, 0);
		return -1;
	}
	if(d->mode != (ulong)~0 && chmod(name, d->mode & 0777) < 0){
		fileerror(name, Ostat);
		return -1;
	}
	if(d->length != ~0LL && truncate(name, d->length) < 0){
		fileerror(name, Ostat);
		return -1;
	}
	if(d->name == nil || d->name[0] == 0)
		return 0;
	slash = strrchr(name, '/');
	if(slash == nil)
		to = strdup(d->name);
	else{
		to = malloc(slash - name + 2 + strlen(d->name));
		memcpy(to, name, slash - name + 1);
		strcpy(to + (slash - name + 1), d->name);
	}
	if(stat(to, &st) == 0){
		werrstr("create/wstat -- file exists");	/* cwfs */
		free(to);
		return -1;
	}
	r = rename(name, to);
	if(r < 0)
		fileerror(name, Ostat);
	free(to);
	return r;
}

/* dirreadall: every entry of the directory open on fd, in one malloc'd array */
long
dirreadall(int fd, Dir **dp)
{
	DIR *dir;
	struct dirent *e;
	struct stat st;
	Dir *d, *all;
	long n, i;
	int nfd;

	*dp = nil;
	nfd = dup(fd);
	dir = nfd < 0 ? NULL : fdopendir(nfd);
	if(dir == NULL){
		oserror(nil);
		return -1;
	}
	all = nil;
	n = 0;
	while((e = readdir(dir)) != NULL){
		if(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if(fstatat(dirfd(dir), e->d_name, &st, 0) < 0)
			continue;
		d = statdir(&st, e->d_name);
		if(d == nil)
			break;
		all = realloc(all, (n+1)*sizeof(Dir*));
		((Dir**)all)[n++] = d;
	}
	closedir(dir);
	/* one block, as 9front's dirreadall returns */
	{
		long size;
		char *p;
		Dir **v;

		v = (Dir**)all;
		size = n*sizeof(Dir);
		for(i = 0; i < n; i++)
			size += strlen(v[i]->name) + strlen(v[i]->uid) + strlen(v[i]->gid) + strlen(v[i]->muid) + 4;
		d = malloc(size > 0 ? size : 1);
		p = (char*)(d + n);
		for(i = 0; i < n; i++){
			d[i] = *v[i];
			d[i].name = strcpy(p, v[i]->name); p += strlen(p) + 1;
			d[i].uid = strcpy(p, v[i]->uid); p += strlen(p) + 1;
			d[i].gid = strcpy(p, v[i]->gid); p += strlen(p) + 1;
			d[i].muid = strcpy(p, v[i]->muid); p += strlen(p) + 1;
			free(v[i]);
		}
		free(v);
	}
	*dp = d;
	return n;
}

int
p9putenv(char *name, char *val)
{
	if(setenv(name, val, 1) < 0){
		oserror(nil);
		return -1;
	}
	return 0;
}

/* postnote: "kill" ends the process, as 9front's kill note does */
int
postnote(int group, int pid, char *note)
{
	int sig;

	sig = strcmp(note, "kill") == 0 ? SIGKILL : strcmp(note, "interrupt") == 0 ? SIGINT : SIGTERM;
	if(kill(group == PNGROUP ? -pid : pid, sig) < 0){
		oserror(nil);
		return -1;
	}
	return 0;
}
