// Points a compiled library's framework references at netstandard 2.0 (issue 16).
//   mono Retarget.exe LIBRARY.dll NETSTANDARD_FACADE.dll FRAMEWORK_ASSEMBLY...
// Mono's mcs compiles against Mono's own mscorlib, System, System.Core, ... (there is no .NET SDK
// and no netstandard reference assembly on this machine), so the DLL would reference those and a
// .NET Core/5+ consumer would resolve them only through compatibility shims. Every framework type
// the DLL uses must be one the netstandard facade exports (else this fails, naming each type);
// each such type reference then names netstandard 2.0.0.0 and the framework references are
// dropped, as a DLL compiled for netstandard2.0 references them. Mono.Cecil (Mono's GAC) reads and
// writes the assembly; rewriting metadata by hand is what Cecil exists for.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;

static class Retarget
{
    static readonly byte[] NetStandardToken = { 0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51 };

    static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Retarget.exe LIBRARY.dll NETSTANDARD_FACADE.dll FRAMEWORK_ASSEMBLY...");
            return 2;
        }
        var library = args[0];
        var framework = new HashSet<string>(args.Skip(2));
        HashSet<string> exported;
        using (var facade = ModuleDefinition.ReadModule(args[1]))
            exported = new HashSet<string>(facade.ExportedTypes.Select(t => t.FullName));

        // Read from memory so the file can be written over.
        var module = ModuleDefinition.ReadModule(new MemoryStream(File.ReadAllBytes(library)));
        var netstandard = new AssemblyNameReference("netstandard", new Version(2, 0, 0, 0)) { PublicKeyToken = NetStandardToken };
        var missing = new SortedSet<string>();
        var retargeted = 0;
        foreach (var type in module.GetTypeReferences())
        {
            // Nested types are scoped by their declaring type, which is retargeted itself.
            var scope = type.Scope as AssemblyNameReference;
            if (scope == null || !framework.Contains(scope.Name)) continue;
            if (!exported.Contains(type.FullName)) { missing.Add("[" + scope.Name + "]" + type.FullName); continue; }
            type.Scope = netstandard;
            retargeted++;
        }
        if (missing.Count > 0)
        {
            Console.Error.WriteLine(library + ": " + missing.Count + " framework type(s) are not in .NET Standard 2.0: " + string.Join(", ", missing));
            return 1;
        }
        module.AssemblyReferences.Add(netstandard);
        foreach (var reference in module.AssemblyReferences.Where(r => framework.Contains(r.Name)).ToList())
            module.AssemblyReferences.Remove(reference);
        module.Write(library);
        Console.WriteLine(Path.GetFileName(library) + ": " + retargeted + " type references now name netstandard 2.0.0.0");
        return 0;
    }
}
