/*
 * Architecture plugins: what differs between llama-family models
 * beyond the tensors. An architecture is one file and one line in
 * arch.c's table.
 */
struct Arch {
	char	*name;
	/* does metadata of this family ("llama", "mistral") with this config say this architecture? */
	int	(*match)(char *family, Config*);
	/* the RoPE frequency of the pair starting at dimension i of a head of size hs */
	float	(*freq)(Config*, int i, int hs);
};
