#ifndef CSANDBOX_H
#define CSANDBOX_H

#include <sys/types.h>

/// Limits applied to a sandboxed process and inherited by everything it starts. Zero means "leave as is".
typedef struct {
    /// CPU seconds (RLIMIT_CPU): SIGXCPU at the soft limit, SIGKILL one second later.
    long long cpu_seconds;
    /// Bytes of address space (RLIMIT_AS).
    long long address_space;
    /// The largest file the process may write (RLIMIT_FSIZE).
    long long file_size;
    /// Processes and threads of the process's user (RLIMIT_NPROC).
    long long processes;
} sandbox_limits;

/// How the seccomp filter reaches the process.
typedef enum {
    /// No filter.
    sandbox_seccomp_none = 0,
    /// The child installs the filter on itself just before `execve`.
    sandbox_seccomp_install = 1,
    /// The filter's bytes are handed to the program on descriptor 3 (`bwrap --seccomp 3`), which
    /// installs it once the namespaces are made.
    sandbox_seccomp_descriptor = 2,
} sandbox_seccomp_mode;

/// Starts `path` in a new session (its own process group) with the given limits, standard descriptors
/// and environment, no other descriptor open, no core files and no new privileges; optionally with the
/// grader's seccomp filter, as another user (`uid` and `gid` >= 0, for a grader running as root), killed when the grader
/// dies, and, when `landlock_paths` is given and the kernel has Landlock, confined to those paths
/// (read and execute; the first `landlock_writable` writable too), with no TCP and no signal or
/// abstract Unix socket beyond its own domain where the kernel's Landlock ABI has them. When
/// `argument_data` is given, its `argument_length` bytes wait on descriptor 4 (bubblewrap's `--args 4`).
///
/// Between fork and exec the child makes system calls only. Returns the child's pid, or -1 with
/// `*error_number` set to the errno of the step that failed (the child's `execve` included).
pid_t sandbox_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                    int input, int output, int error, const sandbox_limits *limits,
                    sandbox_seccomp_mode seccomp_mode, int uid, int gid,
                    const char *const landlock_paths[], int landlock_count, int landlock_writable,
                    const char *argument_data, size_t argument_length, int *error_number);

/// The kernel's Landlock ABI version, or 0 when it has none (or a seccomp profile refuses it).
int sandbox_landlock_abi(void);

/// Whether this kernel accepts the grader's seccomp filter (checked in a short-lived child).
int sandbox_seccomp_available(void);

#endif
