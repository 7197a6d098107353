/*
 * Drive a QEMU machine through its serial console: start it with the
 * console on a pipe, wait for text with a time limit, type, and always
 * reap the qemu process, whatever happens.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "vm.h"

Vm*
vmstart(char **argv)
{
	int in[2], out[2], pid;
	char *prog;
	Vm *vm;

	prog = argv[0][0] == '/' ? argv[0] : findprog(argv[0]);
	if(prog == nil){
		werrstr("%s: not installed", argv[0]);
		return nil;
	}
	if(pipe(in) < 0)
		return nil;
	if(pipe(out) < 0){
		close(in[0]);
		close(in[1]);
		return nil;
	}
	pid = fork();
	if(pid < 0)
		return nil;
	if(pid == 0){
		dup(in[0], 0);
		dup(out[1], 1);
		dup(out[1], 2);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		exec(prog, argv);
		fprint(2, "exec %s: %r\n", prog);
		exits("exec");
	}
	close(in[0]);
	close(out[1]);
	vm = mallocz(sizeof *vm, 1);
	vm->pid = pid;
	vm->in = in[1];
	vm->out = out[0];
	vm->log = mallocz(1, 1);
	return vm;
}

/* wait for pid; qemu's own end is noted on the way. the exit message, or nil if pid is not a child */
static char*
waitfor(Vm *vm, int pid)
{
	Waitmsg *w;
	char *s;

	while((w = wait()) != nil){
		s = strdup(w->msg);
		if(w->pid == vm->pid){
			vm->pid = 0;
			vm->status = strdup(s);
		}
		if(w->pid == pid){
			free(w);
			return s;
		}
		free(s);
		free(w);
	}
	return nil;
}

static void
append(Vm *vm, char *buf, int n)
{
	int i;

	vm->log = realloc(vm->log, vm->nlog+n+1);
	for(i = 0; i < n; i++)
		vm->log[vm->nlog++] = buf[i] == 0 ? '?' : buf[i];
	vm->log[vm->nlog] = 0;
}

/* a fail text printed since the mark, or nil */
static char*
failtext(Vm *vm)
{
	int i;

	for(i = 0; i < vm->nfail; i++)
		if(strstr(vm->log+vm->mark, vm->fail[i]) != nil)
			return vm->fail[i];
	return nil;
}

/*
 * wait up to secs for the console to print want, or with want nil for
 * qemu to exit. a watchdog process kills qemu when the time is up,
 * which ends the read with end of file.
 */
int
vmexpect(Vm *vm, char *want, int secs)
{
	char buf[4096], *p, *bad, *dogmsg, *what;
	int dog, n, late;
	vlong start;

	what = want != nil ? smprint("%q", want) : strdup("qemu to exit");
	if(vm->pid == 0){
		werrstr("qemu has exited (%s) before %s", vm->status[0] ? vm->status : "status ok", what);
		free(what);
		return -1;
	}
	start = nsec();
	dog = fork();
	if(dog < 0)
		return -1;
	if(dog == 0){
		sleep(secs*1000);
		postnote(PNPROC, vm->pid, "kill");
		exits(nil);
	}
	p = bad = nil;
	while(want == nil || (p = strstr(vm->log+vm->mark, want)) == nil){
		if((bad = failtext(vm)) != nil || (n = read(vm->out, buf, sizeof buf)) <= 0)
			break;
		append(vm, buf, n);
	}
	/* the watchdog's kill ended the read: it may not have exited yet when killed itself */
	late = nsec() - start >= secs*1000000000LL;
	postnote(PNPROC, dog, "kill");
	if(p != nil){
		vm->mark = p + strlen(want) - vm->log;
		free(waitfor(vm, dog));
		free(what);
		return 0;
	}
	if(vm->pid != 0)
		postnote(PNPROC, vm->pid, "kill");
	dogmsg = waitfor(vm, dog);
	if(vm->pid != 0)
		free(waitfor(vm, vm->pid));
	n = -1;
	if(bad != nil)
		werrstr("console printed %q while waiting for %s", bad, what);
	else if(late || (dogmsg != nil && dogmsg[0] == 0))
		werrstr("timeout after %ds waiting for %s", secs, what);
	else if(want != nil)
		werrstr("qemu exited (%s) before %s", vm->status && vm->status[0] ? vm->status : "status ok", what);
	else
		n = 0;
	free(dogmsg);
	free(what);
	return n;
}

/* wait for qemu to exit by itself, as it does on halt with -no-reboot */
int
vmend(Vm *vm, int secs)
{
	return vmexpect(vm, nil, secs);
}

int
vmsend(Vm *vm, char *s)
{
	long n;

	n = strlen(s);
	if(vm->pid == 0 || write(vm->in, s, n) != n){
		werrstr("qemu has exited: cannot type %q", s);
		return -1;
	}
	return 0;
}

/* end the machine if it still runs, and reap it */
void
vmstop(Vm *vm)
{
	if(vm->pid != 0){
		postnote(PNPROC, vm->pid, "kill");
		free(waitfor(vm, vm->pid));
	}
	if(vm->in >= 0)
		close(vm->in);
	if(vm->out >= 0)
		close(vm->out);
	vm->in = vm->out = -1;
}

void
vmfree(Vm *vm)
{
	int i;

	if(vm == nil)
		return;
	vmstop(vm);
	for(i = 0; i < vm->nfail; i++)
		free(vm->fail[i]);
	free(vm->status);
	free(vm->log);
	free(vm);
}

/* \r, \n, \t and \\ as in C, \s a space; the result is new */
char*
unescape(char *s)
{
	char *t, *p;

	t = p = malloc(strlen(s)+1);
	for(; *s; s++){
		if(*s != '\\' || s[1] == 0){
			*p++ = *s;
			continue;
		}
		switch(*++s){
		case 'r': *p++ = '\r'; break;
		case 'n': *p++ = '\n'; break;
		case 't': *p++ = '\t'; break;
		case 's': *p++ = ' '; break;
		default: *p++ = *s; break;
		}
	}
	*p = 0;
	return t;
}

/* one line of a console script; line numbers are the caller's */
static int
scriptline(Vm *vm, char *line)
{
	char *arg, *text;
	int secs, r;

	while(*line == ' ' || *line == '\t')
		line++;
	if(*line == 0 || *line == '#')
		return 0;
	arg = strpbrk(line, " \t");
	if(arg == nil){
		werrstr("%q needs an argument", line);
		return -1;
	}
	*arg++ = 0;
	if(strcmp(line, "expect") == 0){
		secs = strtol(arg, &text, 10);
		if(secs <= 0 || text == arg || (*text != ' ' && *text != '\t')){
			werrstr("expect wants seconds and text");
			return -1;
		}
		text = unescape(text+1);
		r = vm == nil ? 0 : vmexpect(vm, text, secs);
	}else if(strcmp(line, "end") == 0){
		text = nil;
		secs = atoi(arg);
		if(secs <= 0){
			werrstr("end wants seconds");
			return -1;
		}
		r = vm == nil ? 0 : vmend(vm, secs);
	}else if(strcmp(line, "send") == 0){
		text = unescape(arg);
		r = vm == nil ? 0 : vmsend(vm, text);
	}else if(strcmp(line, "fail") == 0){
		text = nil;
		r = 0;
		if(vm != nil && vm->nfail < nelem(vm->fail))
			vm->fail[vm->nfail++] = unescape(arg);
	}else{
		werrstr("unknown command %q", line);
		return -1;
	}
	free(text);
	return r;
}

/*
 * run a console script: lines "expect SECS TEXT", "send TEXT",
 * "fail TEXT" (end the run if the console ever prints TEXT) and
 * "end SECS" (qemu exits by itself), # comments.
 * with a nil vm the script is only checked.
 */
int
vmscript(Vm *vm, char *script)
{
	char *s, *line, *e;
	int n, r;

	s = strdup(script);
	r = 0;
	n = 0;
	for(line = s; line != nil && *line != 0 && r == 0; line = e){
		n++;
		e = strchr(line, '\n');
		if(e != nil)
			*e++ = 0;
		r = scriptline(vm, line);
		if(r < 0)
			werrstr("line %d: %r", n);
	}
	free(s);
	return r;
}

/* the last line of a transcript, ignoring the trailing blanks */
static char*
lastline(char *log, char *buf, int nbuf)
{
	char *e, *p;
	int n;

	e = log + strlen(log);
	while(e > log && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\n'))
		e--;
	for(p = e; p > log && p[-1] != '\n' && p[-1] != '\r'; p--)
		;
	n = e - p;
	if(n >= nbuf)
		n = nbuf-1;
	memmove(buf, p, n);
	buf[n] = 0;
	return buf;
}

/* what the machine whose console printed log is waiting for */
int
vmstate(char *log)
{
	char line[256];

	if(strstr(log, "panic:") != nil)
		return Spanic;
	lastline(log, line, sizeof line);
	if(strncmp(line, "bootargs is", 11) == 0)
		return Sbootargs;
	if(strncmp(line, "user[", 5) == 0)
		return Suser;
	if(strcmp(line, "term%") == 0 || strcmp(line, "cpu%") == 0)
		return Src;
	if(strcmp(line, ">") == 0)
		return Sloader;
	if(strstr(line, "No bootable device") != nil)
		return Snoboot;
	if(strstr(log, "SeaBIOS") != nil)
		return Sbios;
	return Snone;
}
