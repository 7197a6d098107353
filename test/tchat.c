#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

void
testchat(void)
{
}

void
testchatrun(void)
{
}
