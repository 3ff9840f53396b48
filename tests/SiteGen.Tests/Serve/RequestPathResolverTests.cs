using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

[Trait("Kind", "Pure")]
public class RequestPathResolverTests
{
    [Theory]
    [InlineData("/", "", true)]
    [InlineData("/index.html", "index.html", false)]
    [InlineData("/protocols/hackney.html?q=bullying", "protocols/hackney.html", false)]
    [InlineData("/protocols/", "protocols", true)]
    [InlineData("/a%20b/c%C3%A9.html", "a b/cé.html", false)]
    [InlineData("/odd%252e%252e/x", "odd%2e%2e/x", false)] // double-encoded dots are just a file name
    public void Maps_paths_inside_the_site(string raw, string expectedPath, bool endsWithSlash)
    {
        var target = Assert.IsType<RequestTarget.SiteFile>(RequestPathResolver.Resolve(raw, BasePath.Root));
        Assert.Equal(expectedPath, target.RelativePath);
        Assert.Equal(endsWithSlash, target.EndsWithSlash);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/a/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/./index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/a//b.html")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html%00.png")]
    [InlineData("/index.html:stream")]
    [InlineData("relative.html")]
    public void Refuses_traversal_and_malformed_paths_with_400(string raw)
    {
        var rejected = Assert.IsType<RequestTarget.Rejected>(RequestPathResolver.Resolve(raw, BasePath.Root));
        Assert.Equal(400, rejected.StatusCode);
    }

    [Fact]
    public void Under_a_base_path_strips_it_redirects_to_it_and_refuses_other_paths()
    {
        var basePath = BasePath.Parse("my-repo");
        Assert.Equal("/my-repo/", basePath.Value);

        var file = Assert.IsType<RequestTarget.SiteFile>(RequestPathResolver.Resolve("/my-repo/a/b.html", basePath));
        Assert.Equal("a/b.html", file.RelativePath);
        Assert.Equal("/my-repo/", Assert.IsType<RequestTarget.Redirect>(RequestPathResolver.Resolve("/my-repo", basePath)).Location);
        Assert.Equal("/my-repo/?x=1", Assert.IsType<RequestTarget.Redirect>(RequestPathResolver.Resolve("/my-repo?x=1", basePath)).Location);
        Assert.Equal("/my-repo/", Assert.IsType<RequestTarget.Redirect>(RequestPathResolver.Resolve("/", basePath)).Location);
        Assert.Equal(404, Assert.IsType<RequestTarget.Rejected>(RequestPathResolver.Resolve("/index.html", basePath)).StatusCode);
        Assert.Equal(404, Assert.IsType<RequestTarget.Rejected>(RequestPathResolver.Resolve("/my-repository/x.html", basePath)).StatusCode);
        Assert.Equal(400, Assert.IsType<RequestTarget.Rejected>(RequestPathResolver.Resolve("/my-repo/../secret.txt", basePath)).StatusCode);
    }

    [Fact]
    public void Preview_endpoints_are_recognised_whatever_the_base_path()
    {
        Assert.Equal("events", Assert.IsType<RequestTarget.Internal>(RequestPathResolver.Resolve("/__sitegen/events", BasePath.Parse("/r/"))).Name);
        Assert.Equal("live-reload.js", Assert.IsType<RequestTarget.Internal>(RequestPathResolver.Resolve("/__sitegen/live-reload.js", BasePath.Root)).Name);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/a/b/", "/a/b/")]
    [InlineData(" a/b ", "/a/b/")]
    public void Base_paths_are_normalised(string? text, string expected) => Assert.Equal(expected, BasePath.Parse(text).Value);

    [Theory]
    [InlineData("../x")]
    [InlineData("a//b")]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    public void Odd_base_paths_are_refused_with_an_explanation(string text) =>
        Assert.Contains("plain folder names", Assert.Throws<ArgumentException>(() => BasePath.Parse(text)).Message, StringComparison.Ordinal);
}
