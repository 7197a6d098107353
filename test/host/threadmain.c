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

int
main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	p9exitshook = threadexitshook;
	threadsetid(1);
	threadmain(argc, argv);
	procexit(nil);
	return 0;
}
