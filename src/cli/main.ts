console.log("talenta");
