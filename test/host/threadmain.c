/*
 * The C entry point of a libthread program on the host: threadmain runs
 * as the first proc; exits in any proc ends only that proc, as on 9front.
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "host.h"

void	procexit(char*);
void	threadsetid(int);

/* exits in a threaded program ends the calling proc only, as on 9front */
static void
threadexitshook(char *s)
{
	procexit(s);
}

static unsigned int	fpinit = 0x1900;

int
main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	/*
	 * 9front's kernel starts a process's FPU with MXCSR 0x1900 (pc64/fpu.c's
	 * fpinit): invalid operation, division by zero and overflow trap, and
	 * the trap's note kills the process; procs forked after the first use
	 * inherit it. Linux threads inherit MXCSR the same way.
	 */
	__asm__ volatile("ldmxcsr %0" : : "m"(fpinit));
	p9exitshook = threadexitshook;
	threadsetid(1);
	threadmain(argc, argv);
	procexit(nil);
	return 0;
}
