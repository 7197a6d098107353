/*
 * vmrun: start qemu with the given arguments, its serial console on a
 * pipe, and run console scripts on it in order (qemu/README).
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "vm.h"

static void
usage(void)
{
	fprint(2, "usage: vmrun [-l log] script ... -- qemu-command ...\n");
	exits("usage");
}

void
threadmain(int argc, char *argv[])
{
	char *logfile, *s, err[ERRMAX];
	int i, n, fd, r;
	Vm *vm;

	logfile = nil;
	ARGBEGIN{
	case 'l': logfile = EARGF(usage()); break;
	default: usage();
	}ARGEND
	for(n = 0; n < argc && strcmp(argv[n], "--") != 0; n++)
		;
	if(n == 0 || n+1 >= argc)
		usage();
	quotefmtinstall();
	vm = vmstart(argv+n+1);
	if(vm == nil)
		sysfatal("%r");
	r = 0;
	for(i = 0; i < n && r == 0; i++){
		if((s = readall(argv[i], nil)) == nil){
			werrstr("%s: %r", argv[i]);
			r = -1;
			break;
		}
		if((r = vmscript(vm, s)) < 0)
			werrstr("%s: %r", argv[i]);
		free(s);
	}
	if(r < 0)
		rerrstr(err, sizeof err);
	vmstop(vm);
	if(logfile != nil && (fd = create(logfile, OWRITE, 0666)) >= 0){
		write(fd, vm->log, vm->nlog);
		close(fd);
	}
	if(r < 0)
		sysfatal("%s", err);
	threadexitsall(nil);
}
