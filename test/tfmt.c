/*
 * The libc behaviour the engine relies on, as 9front defines it:
 * print(2) verbs and flags, quote(2), tokenize and getfields, errstr.
 * On 9front this checks the real libc; on the host, the host layer.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static void
is(char *got, char *want)
{
	check(strcmp(got, want) == 0, "got %q, want %q", got, want);
}

void
testfmt(void)
{
	char buf[64], *s, *f[8];
	int n;

	is(smprint("%d %ud %x %ux", -5, -5, -1, -1), "-5 4294967291 -1 ffffffff");
	is(smprint("%lld %llud %llux", -5LL, 18446744073709551611ULL, 0xdeadbeefcafeULL),
		"-5 18446744073709551611 deadbeefcafe");
	is(smprint("%ld %lud", (long)-7, (ulong)7), "-7 7");
	is(smprint("%.8ux|%5d|%-5d|%05d|%+d", 255, 42, 42, -42, 5), "000000ff|   42|42   |-0042|+5");
	is(smprint("%,d %b %o %#x %#o", 1234567, 5, 8, 255, 8), "1,234,567 101 10 0xff 010");
	is(smprint("%hhd %hd %hud", 300, 70000, 65535), "44 4464 65535");
	is(smprint("%s|%.3s|%5s|%-5s|", nil, "abcdef", "ab", "ab"), "<nil>|abc|   ab|ab   |");
	is(smprint("%c%C%%", 'A', 0x263A), "A☺%");
	is(smprint("%f %.2f %g %5.1f", 1.5, 3.14159, 0.0001, 2.25), "1.500000 3.14 0.0001   2.2");
	is(smprint("%*d|%-*d|", 4, 7, 3, 7), "   7|7  |");
	is(smprint("%k"), "%k%");
	werrstr("boom %d", 3);
	is(smprint("%r"), "boom 3");
	quotefmtinstall();
	is(smprint("%q %q %q %q", "plain", "a b", "it's", ""), "plain 'a b' 'it''s' ''");

	n = snprint(buf, 5, "%s", "abcdefgh");
	check(n == 4 && strcmp(buf, "abcd") == 0, "snprint truncation: %d %q", n, buf);
	s = seprint(buf, buf+sizeof buf, "x=%d", 12);
	check(s == buf+4 && *s == 0, "seprint end at %d", (int)(s - buf));

	s = strdup("a 'b c' 'it''s' d");
	n = tokenize(s, f, nelem(f));
	check(n == 4 && strcmp(f[0], "a") == 0 && strcmp(f[1], "b c") == 0
		&& strcmp(f[2], "it's") == 0 && strcmp(f[3], "d") == 0, "tokenize: %d fields", n);
	free(s);
	s = strdup("a,,b,");
	n = getfields(s, f, nelem(f), 0, ",");
	check(n == 4 && strcmp(f[0], "a") == 0 && f[1][0] == 0 && strcmp(f[2], "b") == 0 && f[3][0] == 0,
		"getfields: %d fields", n);
	free(s);
	s = strdup(",a,,b,");
	n = getfields(s, f, nelem(f), 1, ",");
	check(n == 2 && strcmp(f[0], "a") == 0 && strcmp(f[1], "b") == 0, "getfields mflag: %d fields", n);
	free(s);

	werrstr("first");
	strcpy(buf, "second");
	errstr(buf, sizeof buf);
	check(strcmp(buf, "first") == 0, "errstr returned %q", buf);
	rerrstr(buf, sizeof buf);
	check(strcmp(buf, "second") == 0, "errstr did not swap: %q", buf);
}
