/*
 * The C entry point of a host program whose Plan 9 main is void main(int, char**).
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <u.h>
#include <libc.h>
#include "host.h"

extern void p9main(int, char**);

int
main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	p9main(argc, argv);
	exits(nil);
	return 0;
}
