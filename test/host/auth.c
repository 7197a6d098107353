/*
 * lib9p's authentication (9front's lib9p/auth.c) on a host with no
 * factotum: auth9p fails as 9front's does when /mnt/factotum/rpc cannot
 * be opened, with the open's error, so no afid ever authenticates and
 * authattach refuses every attach, with 9front's words.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>

void
auth9p(Req *r)
{
	int fd;

	fd = open("/mnt/factotum/rpc", ORDWR);
	if(fd < 0){
		responderror(r);
		return;
	}
	close(fd);
	respond(r, "auth9p: no factotum protocol in the host layer");
}

void
authread(Req *r)
{
	respond(r, "not an auth fid");
}

void
authwrite(Req *r)
{
	respond(r, "not an auth fid");
}

void
authdestroy(Fid*)
{
}

int
authattach(Req *r)
{
	if(r->afid == nil){
		respond(r, "not authenticated");
		return -1;
	}
	respond(r, "not an auth fid");	/* auth9p never made one */
	return -1;
}
