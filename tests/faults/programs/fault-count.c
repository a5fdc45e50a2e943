/* fault-count - appends one byte to a file and exits 0: the file's size counts the runs. */
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int fd;

	if (argc != 2)
		return 2;
	fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (fd < 0 || write(fd, ".", 1) != 1)
		return 1;
	return 0;
}
