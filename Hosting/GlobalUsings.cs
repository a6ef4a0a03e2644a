global using System.Diagnostics;
global using Microsoft.Extensions.Logging;
