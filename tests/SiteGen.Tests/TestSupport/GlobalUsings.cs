// Every test may use the shared fixtures and helpers of TestSupport.
global using SiteGen.Tests.TestSupport;
