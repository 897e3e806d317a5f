console.log("hello from cli", process.argv.slice(2))
