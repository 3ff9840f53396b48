using System.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Robustness;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Output;

/// <summary>What the writer does to the output folder it replaces: never delete what it did not write, keep a link a link, and build into a mount point.</summary>
[Trait("Kind", "Disk")]
public class OutputFolderSafetyTests
{
    [Theory]
    [InlineData(".git/config")]
    [InlineData("notes.docx")]
    [InlineData("protocols/my-edit.html")]
    public void A_file_someone_put_in_the_output_folder_stops_the_build_instead_of_being_deleted(string added)
    {
        using var site = new RobustSite();
        Assert.Equal(0, site.Build().Exit);
        site.Write("_site/" + added, "someone's work");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("error SG0501: ", errors, StringComparison.Ordinal);
        Assert.Contains($"SiteGen did not write ({(added.StartsWith(".git/", StringComparison.Ordinal) ? ".git" : added)})", errors, StringComparison.Ordinal);
        Assert.Equal("someone's work", File.ReadAllText(site.File("_site/" + added)));
        BrokenInputTests.AssertClear(errors);

        File.Delete(site.File("_site/" + added));
        if (added.StartsWith(".git/", StringComparison.Ordinal)) Directory.Delete(site.File("_site/.git"));
        Assert.Equal(0, site.Build().Exit); // once it is moved out, builds go on as before
    }

    [Fact]
    public void The_marker_lists_every_file_written_including_ones_added_before_the_swap()
    {
        using var site = new TempSite();
        var output = site.File("_site");
        Assert.Null(SiteWriter.Write([OutputFile.Text("index.html", "x"), OutputFile.Text("a/b.txt", "y")], output,
            staging => { File.WriteAllText(Path.Combine(staging, "late.pdf"), "z"); return null; }));

        var marker = File.ReadAllLines(Path.Combine(output, SiteWriter.Marker));
        Assert.Equal(["a/b.txt", "index.html", "late.pdf"], marker.SkipWhile(l => !l.StartsWith("Files SiteGen wrote", StringComparison.Ordinal)).Skip(1));
        Assert.Null(SiteWriter.Foreign(output));
        Directory.CreateDirectory(Path.Combine(output, "a", "empty-folder-of-mine"));
        Assert.Contains("a/empty-folder-of-mine", SiteWriter.Foreign(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_from_an_older_SiteGen_without_a_list_is_still_trusted()
    {
        using var site = new TempSite();
        var output = site.File("_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, SiteWriter.Marker), "This folder is written by SiteGen. It is replaced on every build; do not edit it by hand.\n");
        File.WriteAllText(Path.Combine(output, "index.html"), "old");
        Assert.Null(SiteWriter.Write([OutputFile.Text("index.html", "new")], output));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_stays_a_link_and_what_it_leads_to_is_rebuilt()
    {
        using var site = new RobustSite();
        using var web = new TempSite();
        var served = Path.Combine(web.Path, "www");
        Directory.CreateSymbolicLink(site.File("_site"), served);

        Assert.Equal(0, site.Build().Exit);
        site.Write("content/protocols/second.md", RobustSite.ValidProtocol.Replace("Base Borough Council", "Second Council", StringComparison.Ordinal));
        var (exit, _, errors) = site.Build();

        Assert.True(exit == 0, errors);
        Assert.NotNull(new DirectoryInfo(site.File("_site")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(served, "protocols", "second.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Path, "._site*"));
    }

    [Fact]
    public void An_output_folder_that_is_a_mount_point_is_built_into()
    {
        using var site = new RobustSite();
        Directory.CreateDirectory(site.File("_site"));
        if (!Run("mount", "-t", "tmpfs", "sitegen-test", site.File("_site")))
        {
            // Mounting needs root (or CAP_SYS_ADMIN); the rest of the writer is tested without it.
            Assert.False(SiteWriter.IsMountPoint(site.File("_site")));
            return;
        }
        try
        {
            Assert.True(SiteWriter.IsMountPoint(site.File("_site")));
            var first = site.Build();
            Assert.True(first.Exit == 0, first.Err);
            site.Write("content/protocols/second.md", RobustSite.ValidProtocol.Replace("Base Borough Council", "Second Council", StringComparison.Ordinal));
            var (exit, _, errors) = site.Build();

            Assert.True(exit == 0, errors);
            Assert.True(SiteWriter.IsMountPoint(site.File("_site")));
            Assert.True(File.Exists(site.File("_site/protocols/second.html")));
            Assert.Empty(Directory.EnumerateDirectories(site.File("_site"), ".sitegen-*"));
        }
        finally
        {
            Run("umount", "-l", site.File("_site"));
        }
    }

    [Fact]
    public void A_read_only_parent_folder_is_reported_as_read_only_not_as_another_build()
    {
        using var site = new RobustSite();
        var parent = site.File("out");
        Directory.CreateDirectory(parent);
        site.Write("site.json", "{ \"title\": \"Robustness\", \"outputDir\": \"out/_site\" }\n");
        var readOnly = Environment.UserName == "root"
            ? Run("mount", "--bind", parent, parent) && Run("mount", "-o", "remount,ro,bind", parent)
            : TrySetReadOnly(parent);
        if (!readOnly) return; // neither root nor permissions can make it read-only here
        try
        {
            var (exit, _, errors) = site.Build();
            Assert.Equal(1, exit);
            Assert.DoesNotContain("Another SiteGen build", errors, StringComparison.Ordinal);
            Assert.Contains("error SG1507: ", errors, StringComparison.Ordinal);
            Assert.Contains("read-only", errors, StringComparison.Ordinal);
        }
        finally
        {
            if (Environment.UserName == "root") Run("umount", "-l", parent);
            else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool TrySetReadOnly(string folder)
    {
        if (OperatingSystem.IsWindows()) return false;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return true;
    }

    private static bool Run(string program, params string[] arguments)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
